package main

import "github.com/quyche/quyche/regulation"

// ruleSetText holds what the report says that belongs to one rule set and
// to the texts it implements: the figure a letter enforcing it published,
// and how the report's own computation compares. A rule set without an
// entry gets none of it.
type ruleSetText struct {
	// Letter is the document that published the figure, e.g.
	// "56/UBND-KTTH"; "" when the rule set has none.
	Letter string
	// Late and WithDeadline are the figure it published; Printed is the
	// percentage as it printed it (vi, en).
	Late, WithDeadline int
	Printed            [2]string
	// Rounding explains the difference with the exact fraction (vi, en).
	Rounding [2]string
	// Source says, for the honesty note on the embedded dataset, where
	// its totals come from (vi, en).
	Source [2]string
}

// ruleSetTexts are the texts of the rule sets that have some, by rule set
// id.
var ruleSetTexts = map[string]ruleSetText{
	// Letter 56/UBND-KTTH of the Kon Tum PPC's Chairman (08/01/2024),
	// footnote 1: 222 of 1,206 tasks with a deadline were late in 2023.
	"kontum-2023": {
		Letter: "56/UBND-KTTH", Late: 222, WithDeadline: 1206,
		Printed: [2]string{"18,5%", "18.5%"},
		Rounding: [2]string{
			"cùng số liệu 222/1.206 (= 18,408…%), làm tròn lên thay vì làm tròn nửa lên",
			"the same figure, 222/1,206 (= 18.408…%), rounded up instead of half up",
		},
		Source: [2]string{
			"số liệu Chủ tịch UBND tỉnh Kon Tum nêu tại Công văn 56/UBND-KTTH ngày 08/01/2024",
			"the figures the Chairman of the Kon Tum PPC gave in letter 56/UBND-KTTH of 8 January 2024",
		},
	},
}

// textsOf returns the texts of rules, none when it has none.
func textsOf(rules *regulation.Rules) ruleSetText { return ruleSetTexts[rules.ID] }
