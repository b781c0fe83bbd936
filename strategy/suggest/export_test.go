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

// OrderForTest returns, for each point a description's ranking holds, the
// value the suggestions of one confidence are ordered by: the score
// blended with the learned model's posterior (see blend).
func OrderForTest(description string, ss []Suggestion) []float64 {
	q := learned.posterior(words(description))
	out := make([]float64, len(ss))
	for i, s := range ss {
		out[i] = (1-blended.learned)*s.Score + blended.learned*q[s.Point]
	}
	return out
}
