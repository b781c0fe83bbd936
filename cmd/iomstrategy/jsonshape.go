package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/policycode/iomstrategy/facility1035"
)

// rulesBlock traces a rule-dependent result to the exact rules that made
// it (docs/json.md): the parameter set's name and period, whether it is a
// caller's set (a what-if), the SHA-256 of its canonical JSON (what
// json.Marshal of facility1035.Params writes, which is deterministic) and
// the tool's version.
type rulesBlock struct {
	Name          string `json:"name"`
	Period        string `json:"period"`
	WhatIf        bool   `json:"what_if"`
	Fingerprint   string `json:"fingerprint"`
	ModuleVersion string `json:"module_version"`
}

// newRulesBlock describes p.
func newRulesBlock(p facility1035.Params) (rulesBlock, error) {
	fp, err := fingerprint(p)
	if err != nil {
		return rulesBlock{}, err
	}
	return rulesBlock{
		Name:          p.Name,
		Period:        facility1035.Years{From: p.From, Through: p.Through}.String(),
		WhatIf:        p.CallerSupplied,
		Fingerprint:   fp,
		ModuleVersion: version(),
	}, nil
}

// fingerprint is "sha256:" and the hex SHA-256 of p's canonical JSON.
func fingerprint(p facility1035.Params) (string, error) {
	data, err := json.Marshal(p)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	return "sha256:" + hex.EncodeToString(sum[:]), nil
}

// rulesBlocks describes the sets that made allocations, one block per set
// in the order of first use: several years from --input may span more than
// one set, and each allocation's rules and rules_period name its block.
func rulesBlocks(schedule facility1035.Schedule, allocations []facility1035.Allocation) ([]rulesBlock, error) {
	blocks := []rulesBlock{}
	seen := map[string]bool{}
	for _, a := range allocations {
		p, err := schedule.For(a.Year)
		if err != nil {
			return nil, err
		}
		b, err := newRulesBlock(p)
		if err != nil {
			return nil, err
		}
		if !seen[b.Fingerprint] {
			seen[b.Fingerprint] = true
			blocks = append(blocks, b)
		}
	}
	return blocks, nil
}
