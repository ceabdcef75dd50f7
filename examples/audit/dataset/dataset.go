// Package dataset embeds the case file that the audit program checks when it
// is given none: a Kon Tum province-year.
package dataset

import _ "embed"

//go:generate go run ./gen -o kontum-2023.json

// Name is the file name of the embedded case.
const Name = "kontum-2023.json"

// KonTum2023 is the embedded case file (quyche.case/v1).
//
//go:embed kontum-2023.json
var KonTum2023 []byte
