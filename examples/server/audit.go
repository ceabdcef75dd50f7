package main

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"slices"

	"github.com/quyche/quyche/examples/casefile"
	"github.com/quyche/quyche/regulation"
)

// input is what the body of an audit or a check carries: the case file and,
// in a multipart body, a rule set of the caller's own.
type input struct {
	caseData  []byte
	rulesData []byte // nil: none sent
}

// Part names of a multipart/form-data body.
const (
	partCase  = "case"
	partRules = "rules"
)

// readInput reads the body of r, at most cfg.maxBody bytes: a case file, or
// a multipart/form-data body with a part "case" (the case file) and
// optionally a part "rules" (a quyche.rules/v1 file), like the audit
// program's -case and -rules.
func (s *server) readInput(w http.ResponseWriter, r *http.Request) (input, *apiError) {
	var in input
	if r.ContentLength > s.cfg.maxBody {
		return in, tooLarge(s.cfg.maxBody)
	}
	body := http.MaxBytesReader(w, r.Body, s.cfg.maxBody)
	readErr := func(what string, err error) *apiError {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return tooLarge(s.cfg.maxBody)
		}
		return &apiError{status: http.StatusBadRequest, code: codeBadBody, message: "cannot read " + what + ": " + err.Error()}
	}
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		// Any other type (application/json, none, what curl -d sends) is
		// the case file itself.
		if in.caseData, err = io.ReadAll(body); err != nil {
			return in, readErr("the body", err)
		}
		return in, nil
	}
	if params["boundary"] == "" {
		return in, &apiError{status: http.StatusBadRequest, code: codeBadBody, message: "multipart/form-data without a boundary"}
	}
	mr := multipart.NewReader(body, params["boundary"])
	seen := map[string]bool{}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return in, readErr("the multipart body", err)
		}
		name := part.FormName()
		if name != partCase && name != partRules {
			return in, &apiError{status: http.StatusBadRequest, code: codeBadBody,
				message: "unknown part " + quote(name) + "; the parts are \"case\" (the case file) and \"rules\" (a rule set, optional)"}
		}
		if seen[name] {
			return in, &apiError{status: http.StatusBadRequest, code: codeBadBody, message: "part " + quote(name) + " given more than once"}
		}
		seen[name] = true
		data, err := io.ReadAll(part)
		if err != nil {
			return in, readErr("part "+quote(name), err)
		}
		if name == partCase {
			in.caseData = data
		} else {
			in.rulesData = data
		}
	}
	if !seen[partCase] {
		return in, &apiError{status: http.StatusBadRequest, code: codeBadBody, message: "no part \"case\": send the case file in it"}
	}
	if in.rulesData == nil && seen[partRules] {
		in.rulesData = []byte{}
	}
	return in, nil
}

func tooLarge(limit int64) *apiError {
	return &apiError{status: http.StatusRequestEntityTooLarge, code: codeBodyTooLarge,
		message: "the body is larger than " + byteSize{&limit}.String() + " (-max-body)"}
}

// load reads and decodes the body of an audit or a check and resolves its
// settings: the same steps as the audit program, through the same
// functions of package casefile.
func (s *server) load(w http.ResponseWriter, r *http.Request, set casefile.Settings) (casefile.Audit, *apiError) {
	in, e := s.readInput(w, r)
	if e != nil {
		return casefile.Audit{}, e
	}
	c, err := casefile.DecodeBytes(in.caseData, partCase)
	if err != nil {
		return casefile.Audit{}, refusal(codeCaseRefused, err)
	}
	if in.rulesData != nil {
		if set.RulesID != "" {
			return casefile.Audit{}, &apiError{status: http.StatusBadRequest, code: codeBadParameter,
				message: "rules: a rule set is sent in the part \"rules\"; leave out the query parameter rules"}
		}
		if set.Rules, err = casefile.ReadRules(in.rulesData, partRules); err != nil {
			return casefile.Audit{}, refusal(codeRulesRefused, err)
		}
	}
	a, err := c.Audit(set)
	switch {
	case err == nil:
		return a, nil
	case errors.Is(err, casefile.ErrRefused):
		return a, refusal(codeCaseRefused, err)
	case errors.Is(err, casefile.ErrUnknownRules):
		return a, &apiError{status: http.StatusBadRequest, code: codeUnknownRules, message: "rules: " + err.Error()}
	}
	return a, &apiError{status: http.StatusBadRequest, code: codeBadParameter, message: err.Error()}
}

// refusal answers a refusal of casefile with its problem and position.
func refusal(code string, err error) *apiError {
	e := &apiError{status: http.StatusBadRequest, code: code, message: err.Error()}
	if ce, ok := errors.AsType[*casefile.Error](err); ok {
		e.message, e.position = ce.Problem, position(ce.Line, ce.Column)
	}
	return e
}

// begin starts the work of an audit or a check: it reads the query
// parameters allowed and their settings, waits for a turn among the heavy
// requests (before it reads the body, so that a queued request holds no
// case in memory) and reads the case. On success the caller must call
// release when it is done; on failure the turn is already given back.
func (s *server) begin(w http.ResponseWriter, r *http.Request, allowed ...string) (casefile.Audit, func(), *apiError) {
	q, e := query(r, allowed...)
	if e != nil {
		return casefile.Audit{}, nil, e
	}
	set, e := settings(q)
	if e != nil {
		return casefile.Audit{}, nil, e
	}
	release, e := s.turn(r.Context(), w)
	if e != nil {
		return casefile.Audit{}, nil, e
	}
	a, e := s.load(w, r, set)
	if e != nil {
		release()
		return casefile.Audit{}, nil, e
	}
	return a, release, nil
}

// audit answers POST /v1/audit: the findings of a case file, exactly as
// the audit program prints them with -json.
func (s *server) audit(w http.ResponseWriter, r *http.Request) {
	a, release, e := s.begin(w, r, "as_of", "from", "to", "rules")
	if e != nil {
		writeError(w, e)
		return
	}
	defer release()
	var out bytes.Buffer
	tally, err := a.WriteFindings(&out)
	if err != nil {
		s.internal(w, r, "writing findings", err)
		return
	}
	w.Header().Set("X-Quyche-Status", tally.Outcome().String())
	writeBody(w, http.StatusOK, out.Bytes())
}

// check answers POST /v1/check/{kind}: the findings of one record with its
// context.
func (s *server) check(w http.ResponseWriter, r *http.Request) {
	var kind regulation.RecordKind
	name := r.PathValue("kind")
	if err := kind.UnmarshalText([]byte(name)); err != nil || !slices.Contains(casefile.CheckKinds(), kind) {
		writeError(w, &apiError{status: http.StatusNotFound, code: codeNotFound,
			message: "no check of a " + quote(name) + "; kinds: " + kindList()})
		return
	}
	a, release, e := s.begin(w, r, "as_of", "rules")
	if e != nil {
		writeError(w, e)
		return
	}
	defer release()
	var out bytes.Buffer
	tally, err := a.Case.WriteRecordFindings(&out, kind, a.Rules, a.AsOf)
	switch {
	case errors.Is(err, casefile.ErrRefused):
		writeError(w, refusal(codeCaseRefused, err))
		return
	case err != nil:
		s.internal(w, r, "writing findings", err)
		return
	}
	w.Header().Set("X-Quyche-Status", tally.Outcome().String())
	writeBody(w, http.StatusOK, out.Bytes())
}

func kindList() string {
	var names []string
	for _, k := range casefile.CheckKinds() {
		names = append(names, k.String())
	}
	return list(names)
}

// internal answers 500 for a fault of the service and logs it.
func (s *server) internal(w http.ResponseWriter, r *http.Request, what string, err error) {
	s.log.Error(what, "method", r.Method, "path", r.URL.Path, "err", err.Error())
	writeError(w, &apiError{status: http.StatusInternalServerError, code: codeInternal, message: what + " failed; it has been logged"})
}
