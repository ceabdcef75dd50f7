package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// indent formats the JSON text b for reading: objects and arrays that hold
// other objects or arrays, even empty ones, are spread over lines, indented
// by two spaces, so that records look alike; the others — a unit, a person,
// a reply, an invitation, a list of ids — stay on one line. The result ends with a newline.
func indent(b []byte) ([]byte, error) {
	var compact bytes.Buffer
	if err := json.Compact(&compact, b); err != nil {
		return nil, err
	}
	src := compact.Bytes()
	var out bytes.Buffer
	end, err := writeValue(&out, src, 0, "")
	if err != nil {
		return nil, err
	}
	if end != len(src) {
		return nil, fmt.Errorf("indent: trailing data at offset %d", end)
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// writeValue writes the value of compact JSON src starting at i and returns
// the offset after it.
func writeValue(out *bytes.Buffer, src []byte, i int, prefix string) (int, error) {
	if i >= len(src) {
		return i, fmt.Errorf("indent: unexpected end")
	}
	switch src[i] {
	case '{', '[':
	case '"':
		end := skipString(src, i)
		out.Write(src[i:end])
		return end, nil
	default:
		end := i
		for end < len(src) && !bytes.ContainsRune([]byte(",]}"), rune(src[end])) {
			end++
		}
		out.Write(src[i:end])
		return end, nil
	}
	open, close := src[i], byte('}')
	if open == '[' {
		close = ']'
	}
	end, nested := scanComposite(src, i)
	if src[i+1] == close {
		out.Write(src[i:end])
		return end, nil
	}
	inner := prefix + "  "
	out.WriteByte(open)
	j := i + 1
	for {
		if nested {
			out.WriteString("\n" + inner)
		}
		if open == '{' {
			k := skipString(src, j)
			out.Write(src[j:k])
			out.WriteString(": ")
			j = k + 1 // the colon
		}
		var err error
		if j, err = writeValue(out, src, j, inner); err != nil {
			return j, err
		}
		if src[j] == close {
			break
		}
		out.WriteByte(',') // src[j] is a comma
		if !nested {
			out.WriteByte(' ')
		}
		j++
	}
	if nested {
		out.WriteString("\n" + prefix)
	}
	out.WriteByte(close)
	return j + 1, nil
}

// scanComposite returns the offset after the object or array at i and
// whether it holds another object or array.
func scanComposite(src []byte, i int) (end int, nested bool) {
	depth := 0
	for j := i; j < len(src); j++ {
		switch src[j] {
		case '"':
			j = skipString(src, j) - 1
		case '{', '[':
			depth++
			if depth > 1 {
				nested = true
			}
		case '}', ']':
			depth--
			if depth == 0 {
				return j + 1, nested
			}
		}
	}
	return len(src), nested
}

// skipString returns the offset after the string that starts at i.
func skipString(src []byte, i int) int {
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(src)
}
