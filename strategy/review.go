package strategy

import "github.com/policycode/iomstrategy"

// reviewParagraphs are the paragraphs of Part III of the Review
// (MC/INF/302, paras 12-77) that report on each point: each point's
// section runs from its heading to the next.
var reviewParagraphs = [NumPoints + 1][2]int{
	1: {14, 21}, 2: {22, 26}, 3: {27, 31}, 4: {32, 37}, 5: {38, 40}, 6: {41, 46},
	7: {47, 52}, 8: {53, 57}, 9: {58, 63}, 10: {64, 68}, 11: {69, 72}, 12: {73, 77},
}

// ReviewParagraphs cites the paragraphs of the Review that report on p
// (point 1: MC/INF/302, paras 14-21, ... point 12: paras 73-77). It is the
// zero Citation for an invalid point.
func (p Point) ReviewParagraphs() iomstrategy.Citation {
	if !p.Valid() {
		return iomstrategy.Citation{}
	}
	r := reviewParagraphs[p]
	return iomstrategy.Paras(r[0], r[1])
}

// Source cites the point itself: Resolution 1150 (XCIII), Annex, Part I,
// point N.
func (p Point) Source() iomstrategy.Citation {
	if !p.Valid() {
		return iomstrategy.Citation{}
	}
	return iomstrategy.StrategyPoint(int(p))
}
