package main

import (
	"context"
	"errors"
	"net/http"
)

// limiter bounds the heavy requests (audits and checks): at most running of
// them run at once, and at most queue more wait for a turn; beyond, a
// request is turned away at once.
type limiter struct {
	running  chan struct{} // a token per request running
	admitted chan struct{} // a token per request running or waiting
}

func newLimiter(running, queue int) *limiter {
	return &limiter{running: make(chan struct{}, running), admitted: make(chan struct{}, running+queue)}
}

// errBusy is acquire's error when every turn and every place in the queue
// is taken.
var errBusy = errors.New("busy")

// acquire waits for a turn and returns the function that gives it back. It
// fails at once with errBusy when the queue is full, and with ctx's error
// when ctx is done first.
func (l *limiter) acquire(ctx context.Context) (release func(), err error) {
	select {
	case l.admitted <- struct{}{}:
	default:
		return nil, errBusy
	}
	select {
	case l.running <- struct{}{}:
		return func() { <-l.running; <-l.admitted }, nil
	case <-ctx.Done():
		<-l.admitted
		return nil, ctx.Err()
	}
}

// turn waits for a turn of a heavy request; the error answers when none
// comes.
func (s *server) turn(ctx context.Context, w http.ResponseWriter) (release func(), e *apiError) {
	release, err := s.heavy.acquire(ctx)
	switch {
	case errors.Is(err, errBusy):
		w.Header().Set("Retry-After", "1")
		return nil, &apiError{status: http.StatusTooManyRequests, code: codeTooManyRequests,
			message: "every turn for audits and checks is taken, and so is every place in the queue; retry later"}
	case err != nil:
		return nil, &apiError{status: http.StatusServiceUnavailable, code: codeUnavailable, message: "abandoned before its turn: " + err.Error()}
	}
	if s.beforeHeavy != nil {
		defer func() {
			if v := recover(); v != nil {
				release()
				panic(v)
			}
		}()
		s.beforeHeavy()
	}
	return release, nil
}
