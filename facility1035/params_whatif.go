package facility1035

import (
	"github.com/policycode/iomstrategy"
	"github.com/shopspring/decimal"
)

// WhatIf returns a copy of p for a what-if: named name, marked
// CallerSupplied, and otherwise unchanged. Change its values with the With
// methods, which drop the citation of every value they change, so that a
// changed value is reported as "caller-supplied" and never under the
// citation of the value it replaced:
//
//	p := facility1035.Resolution1150().WhatIf("what-if: share 30 per cent").
//		WithShare(decimal.RequireFromString("0.30"))
//
// Assigning a field directly (p.Share.Value = ...) keeps the old citation;
// the With methods are the safe way.
func (p Params) WhatIf(name string) Params {
	q := p.Clone()
	q.Name = name
	q.CallerSupplied = true
	return q
}

// WithShare returns a copy of p with the share of the excess set to v (0.30
// for 30 per cent), without a citation.
func (p Params) WithShare(v decimal.Decimal) Params {
	q := p.WhatIf(p.Name)
	q.Share = Rate{Value: v}
	return q
}

// WithBaseline returns a copy of p with the baseline set to v, without a
// citation.
func (p Params) WithBaseline(v decimal.Decimal) Params {
	q := p.WhatIf(p.Name)
	q.Baseline = Amount{Value: v}
	return q
}

// WithLine1 returns a copy of p with Line 1's funding set to v, without a
// citation.
func (p Params) WithLine1(v decimal.Decimal) Params {
	q := p.WhatIf(p.Name)
	q.Line1 = Amount{Value: v}
	return q
}

// WithLine1Ceiling returns a copy of p in which a Line 1 grant may not
// exceed v, without a citation.
func (p Params) WithLine1Ceiling(v decimal.Decimal) Params {
	q := p.WhatIf(p.Name)
	q.Line1Ceiling = &Amount{Value: v}
	return q
}

// WithLine2Ceilings returns a copy of p with the Line 2 ceilings for
// national and regional projects set, without citations.
func (p Params) WithLine2Ceilings(national, regional decimal.Decimal) Params {
	q := p.WhatIf(p.Name)
	q.Line2NationalCeiling = Amount{Value: national}
	q.Line2RegionalCeiling = Amount{Value: regional}
	return q
}

// WithRounding returns a copy of p that rounds the Line 2 formula amount
// with m, without a citation.
func (p Params) WithRounding(m iomstrategy.RoundingMode) Params {
	q := p.WhatIf(p.Name)
	q.Rounding = m
	q.RoundingSource = iomstrategy.Citation{}
	return q
}

// WithCapOrder returns a copy of p whose cap cuts the lines in order o,
// without a citation.
func (p Params) WithCapOrder(o CapOrder) Params {
	q := p.WhatIf(p.Name)
	q.CapOrder = o
	q.CapOrderSource = iomstrategy.Citation{}
	return q
}

// WithLookback returns a copy of p that reads the Article 4 period as l,
// without a citation.
func (p Params) WithLookback(l Lookback) Params {
	q := p.WhatIf(p.Name)
	q.Article4Lookback = l
	q.Article4LookbackSource = iomstrategy.Citation{}
	return q
}
