package suggest

// ReadingWordsForTest returns the everyday words of the readings (not the
// abbreviations), for the test that holds them to the tuning set.
func ReadingWordsForTest() []string {
	var out []string
	for _, r := range readings {
		if !hasInnerUpper(r.word) {
			out = append(out, r.word)
		}
	}
	return out
}
