package task

import (
	"strings"

	"github.com/quyche/quyche/regulation"
)

// Format returns the rate as a percentage for people reading language l,
// rounded half up to one decimal as [Rate.Percent] rounds it, with the
// decimal mark of the language and the percent sign: 222/1206 gives
// "18,4%" in Vietnamese and "18.4%" in English. A zero Den gives "".
func (r Rate) Format(l regulation.Lang) string {
	p := r.Percent()
	if p == "" {
		return ""
	}
	if l == regulation.Vietnamese {
		p = strings.Replace(p, ".", ",", 1)
	}
	return p + "%"
}
