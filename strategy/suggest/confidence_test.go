package suggest_test

import (
	"errors"
	"testing"

	"github.com/policycode/iomstrategy/strategy/suggest"
)

func TestConfidence(t *testing.T) {
	tests := []struct {
		text string
		want suggest.Confidence
	}{
		{"strong", suggest.Strong},
		{"weak", suggest.Weak},
	}
	for _, tt := range tests {
		got, err := suggest.ParseConfidence(tt.text)
		if err != nil || got != tt.want {
			t.Errorf("ParseConfidence(%q) = %v, %v; want %v", tt.text, got, err, tt.want)
		}
		if s := got.String(); s != tt.text {
			t.Errorf("%v.String() = %q, want %q", got, s, tt.text)
		}
		b, err := got.MarshalText()
		if err != nil || string(b) != tt.text {
			t.Errorf("%v.MarshalText() = %q, %v; want %q", got, b, err, tt.text)
		}
	}
	if !(suggest.Weak < suggest.Strong) || suggest.Weak == 0 {
		t.Error("want 0 < Weak < Strong, so that confidences compare")
	}
	for _, bad := range []string{"", "Strong", "WEAK", " strong", "medium", "0", "1"} {
		got, err := suggest.ParseConfidence(bad)
		if !errors.Is(err, suggest.ErrInvalidConfidence) || got != 0 {
			t.Errorf("ParseConfidence(%q) = %v, %v; want 0, ErrInvalidConfidence", bad, got, err)
		}
	}
	for _, c := range []suggest.Confidence{0, 3, 255} {
		if _, err := c.MarshalText(); !errors.Is(err, suggest.ErrInvalidConfidence) {
			t.Errorf("Confidence(%d).MarshalText() error %v; want ErrInvalidConfidence", c, err)
		}
	}
	if got := suggest.Confidence(7).String(); got != "Confidence(7)" {
		t.Errorf("Confidence(7).String() = %q", got)
	}
	if _, err := suggest.ParseConfidence("medium"); err == nil || err.Error() != `invalid confidence: "medium" (want strong or weak)` {
		t.Errorf("error %v", err)
	}
}
