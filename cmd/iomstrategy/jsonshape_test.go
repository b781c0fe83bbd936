package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policycode/iomstrategy"
	"github.com/policycode/iomstrategy/facility1035"
)

// results is the raw JSON under key of one command's JSON object: the
// results every command prints under a plural key (docs/json.md).
func results(t *testing.T, out, key string) []byte {
	t.Helper()
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &obj); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	raw, ok := obj[key]
	if !ok {
		t.Fatalf("no %q key in\n%s", key, out)
	}
	return raw
}

// onlyResult is the raw JSON of the one result under key.
func onlyResult(t *testing.T, out, key string) []byte {
	t.Helper()
	var list []json.RawMessage
	if err := json.Unmarshal(results(t, out, key), &list); err != nil {
		t.Fatalf("%s is not a list: %v", key, err)
	}
	if len(list) != 1 {
		t.Fatalf("%d %s, want 1", len(list), key)
	}
	return list[0]
}

// TestRulesFingerprint: the fingerprint is the SHA-256 of the set's
// canonical JSON: stable for the same values, changed by any value.
func TestRulesFingerprint(t *testing.T) {
	p := facility1035.Resolution1150()
	a, err := newRulesBlock(p)
	if err != nil {
		t.Fatal(err)
	}
	b, err := newRulesBlock(facility1035.Resolution1150())
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Errorf("the same set gives %+v and %+v", a, b)
	}
	if !strings.HasPrefix(a.Fingerprint, "sha256:") || len(a.Fingerprint) != len("sha256:")+64 {
		t.Errorf("fingerprint %q: want sha256: and 64 hex digits", a.Fingerprint)
	}
	if a.Name != "Resolution 1150 (XCIII)" || a.Period != "2008-2018" || a.WhatIf || a.ModuleVersion != version() {
		t.Errorf("block %+v", a)
	}
	q := facility1035.Resolution1150()
	q.Line1.Value = iomstrategy.MustParseUSD("1400000.01")
	c, err := newRulesBlock(q)
	if err != nil {
		t.Fatal(err)
	}
	if c.Fingerprint == a.Fingerprint {
		t.Errorf("a changed Line 1 keeps the fingerprint %s", c.Fingerprint)
	}

	// The tool prints the same block, and a what-if set another one.
	stdout, stderr, code := runTool(t, "", append(allocateArgs, "--format", "json")...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var printed []rulesBlock
	if err := json.Unmarshal(results(t, stdout, "rules"), &printed); err != nil {
		t.Fatal(err)
	}
	if len(printed) != 1 || printed[0] != a {
		t.Errorf("allocate prints rules %+v, want %+v", printed, a)
	}
	whatIf := filepath.Join("..", "..", "examples", "data", "params-whatif.json")
	stdout, _, _ = runTool(t, "", append(allocateArgs, "--params", whatIf, "--format", "json")...)
	if err := json.Unmarshal(results(t, stdout, "rules"), &printed); err != nil {
		t.Fatal(err)
	}
	if len(printed) != 1 || !printed[0].WhatIf || printed[0].Fingerprint == a.Fingerprint {
		t.Errorf("what-if rules %+v", printed)
	}
}
