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

var reviewDataset = sync.OnceValues(func() (*Dataset, error) {
	d, err := Parse(reviewCSV)
	if err != nil {
		return nil, fmt.Errorf("data/review.csv: %w", err)
	}
	if err := d.Verify(); err != nil {
		return nil, fmt.Errorf("data/review.csv: %w", err)
	}
	return d, nil
})

// Review returns the figures of the Review of the IOM Strategy (MC/INF/302,
// paras 4-83 and footnotes 1-22), read once from the embedded
// data/review.csv, validated and verified against the embedded source
// text. The dataset cannot be changed; its methods return copies. The
// error is never expected: the package's tests load the same file.
func Review() (*Dataset, error) { return reviewDataset() }
