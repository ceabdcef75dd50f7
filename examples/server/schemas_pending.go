package main

import "io/fs"

// schemas returns the JSON Schemas of the formats. TODO(lead): casefile.Schemas() once issue-16-docs is merged.
func schemas() fs.FS { return nil }
