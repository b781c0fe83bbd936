package facility1035

import "strconv"

// FormulaInterpretation is a reading the funding formula makes where Part
// III is silent. Each has a stable ID, a statement (Text), and the option
// that changes it (Option). Every one needs review by someone who knows
// the Facility's practice: the library does not invent law, it says what it
// assumed.
type FormulaInterpretation uint8

// The interpretations of the funding formula.
const (
	noInterpretation FormulaInterpretation = iota
	// SecurityIsInput: the make-up of the "security" part that bullet 1
	// excludes was not found; it is the caller's figure.
	SecurityIsInput
	// FormulaFundsLine2: the 25 per cent of bullet 1 is the budget of the
	// new Line 2, in addition to the original funding of Line 1.
	FormulaFundsLine2
	// RoundingToCent: bullet 1 names no rounding; the share of the excess
	// is brought to the cent with the set's rounding mode.
	RoundingToCent
	// Line1Fixed: Line 1 is "the original funding of USD 1.4 million",
	// the same amount every year.
	Line1Fixed
	// CapCoversBothLines: "the total amount available for the expanded
	// 1035 Facility" that the cap limits is Line 1 plus Line 2.
	CapCoversBothLines
	// CapCutsLine2First: the cap cuts Line 2 before Line 1 (CapLine2First).
	CapCutsLine2First
	// CapCutsLine1First: the cap cuts Line 1 before Line 2 (CapLine1First),
	// a caller's choice.
	CapCutsLine1First
	// DirectOutsideLines: direct voluntary contributions are outside the
	// cap and reported beside the two lines, in neither line's budget.
	DirectOutsideLines
	// TransitionYear: the year in which the set's successor (Resolution
	// No. 18 of 27 June 2018 for the built-in set) took effect is
	// allocated with the set's rules for the whole year.
	TransitionYear
	numInterpretations
)

// FormulaInterpretations returns every interpretation the formula can
// make, in order.
func FormulaInterpretations() []FormulaInterpretation {
	out := make([]FormulaInterpretation, 0, numInterpretations-1)
	for i := noInterpretation + 1; i < numInterpretations; i++ {
		out = append(out, i)
	}
	return out
}

var interpretationInfo = [numInterpretations]struct{ id, text, option string }{
	SecurityIsInput: {
		"security-is-input",
		"Part III, bullet 1 excludes \"security\" from Discretionary Income, and the make-up of that part was not found: discretionary income and its security part are the caller's figures, taken as given.",
		"the security input (Income.Security; --security, column security)",
	},
	FormulaFundsLine2: {
		"formula-funds-line2",
		"Bullet 1 allocates 25 per cent of the excess to \"an expanded 1035 Facility\" and bullet 5 keeps \"the original funding of USD 1.4 million\" as Line 1 beside \"a new budget (Line 2)\": the formula amount is read as the budget of Line 2, on top of Line 1.",
		"none: it is the shape of the formula; a caller can set the share (Params.Share; share in --params)",
	},
	RoundingToCent: {
		"rounding-to-cent",
		"Bullet 1 names no rounding: the share of the excess is brought to the cent with the parameter set's rounding mode (built-in: half away from zero).",
		"Params.Rounding (rounding in --params: half-away-from-zero, half-even, toward-zero, away-from-zero)",
	},
	Line1Fixed: {
		"line1-fixed",
		"Line 1 is \"the original funding of USD 1.4 million\" and the text sets no rule for other amounts: it is the same amount every year, whatever discretionary income is.",
		"Params.Line1 (line1 in --params)",
	},
	CapCoversBothLines: {
		"cap-covers-both-lines",
		"\"The total amount available for the expanded 1035 Facility (excluding direct voluntary contributions)\" that bullet 2 caps is read as Line 1 plus Line 2.",
		"none: it is the shape of the formula",
	},
	CapCutsLine2First: {
		"cap-cuts-line2-first",
		"Bullet 2 does not say how the two lines share a cut: the cap cuts Line 2 first, down to miscellaneous income less Line 1 but not below zero, and Line 1 only when miscellaneous income is below Line 1.",
		"Params.CapOrder (cap_order in --params: line2-first, line1-first)",
	},
	CapCutsLine1First: {
		"cap-cuts-line1-first",
		"Bullet 2 does not say how the two lines share a cut: this parameter set has the cap cut Line 1 first, down to miscellaneous income less the Line 2 formula amount but not below zero, and Line 2 only when miscellaneous income is below it.",
		"Params.CapOrder (cap_order in --params: line2-first, line1-first)",
	},
	DirectOutsideLines: {
		"direct-outside-lines",
		"Bullet 2 keeps direct voluntary contributions outside the cap and no bullet says which line they feed: they are reported beside the two lines, counted in the total available and in neither line's budget.",
		"none in the formula: a caller that assigns them to a line adds Allocation.DirectContributions to that line's budget",
	},
	TransitionYear: {
		"transition-year",
		"The instrument that replaced the parameter set took effect during the year (for the built-in set, Council Resolution No. 18 of 27 June 2018, whose formula was not found): the set is applied to the whole year.",
		"a caller's parameter set for that year (Schedule.With; --params)",
	},
}

// ID returns the stable machine identifier, such as "cap-cuts-line2-first".
func (i FormulaInterpretation) ID() string {
	if i > noInterpretation && i < numInterpretations {
		return interpretationInfo[i].id
	}
	return "FormulaInterpretation(" + strconv.Itoa(int(i)) + ")"
}

// String returns the ID.
func (i FormulaInterpretation) String() string { return i.ID() }

// Text states the interpretation.
func (i FormulaInterpretation) Text() string {
	if i > noInterpretation && i < numInterpretations {
		return interpretationInfo[i].text
	}
	return ""
}

// Option says what changes the interpretation, or that nothing does.
func (i FormulaInterpretation) Option() string {
	if i > noInterpretation && i < numInterpretations {
		return interpretationInfo[i].option
	}
	return ""
}

// MarshalText writes the ID.
func (i FormulaInterpretation) MarshalText() ([]byte, error) { return []byte(i.ID()), nil }
