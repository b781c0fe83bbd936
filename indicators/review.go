package indicators

import (
	_ "embed"
	"fmt"
	"sync"
)

// reviewCSV is the dataset of the Review's figures, data/review.csv.
//
//go:embed data/review.csv
var reviewCSV []byte

// ReviewCSV returns a copy of the bytes of the embedded dataset file,
// data/review.csv, for callers that want to read or extend it.
func ReviewCSV() []byte { return append([]byte(nil), reviewCSV...) }

// reviewDataset parses and verifies the embedded file once. The file is
// part of the package: if it did not load, the package would be broken,
// and its tests (TestReviewLoads) would say so before any release.
var reviewDataset = sync.OnceValue(func() Dataset {
	d, err := Parse(reviewCSV)
	if err != nil {
		panic(fmt.Sprintf("indicators: the embedded data/review.csv does not parse: %v", err))
	}
	if err := d.Verify(); err != nil {
		panic(fmt.Sprintf("indicators: the embedded data/review.csv does not verify: %v", err))
	}
	return d
})

// Review returns the figures of the Review of the IOM Strategy (MC/INF/302,
// paras 4-83 and footnotes 1-22), read once from the embedded
// data/review.csv, validated and verified against the embedded source
// text. The dataset cannot be changed; its methods return copies.
func Review() Dataset { return reviewDataset() }
