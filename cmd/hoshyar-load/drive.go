package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sync"
	"time"
)

// driver makes the reporters of one mode.
type driver interface {
	reporter(i int) reporter
}

// reporter is one simulated person.
type reporter interface {
	// send sends the n-th message (from 0) and returns once the server
	// acknowledged it.
	send(ctx context.Context, n int) error
	// answer waits for the reply to the message just sent.
	answer(ctx context.Context) error
}

// answerTimeout bounds the wait for one answer.
const answerTimeout = 60 * time.Second

// drive runs the reporters, c.concurrency at a time, each in a closed loop.
func drive(ctx context.Context, c config, d driver) report {
	var (
		mu                sync.Mutex
		answers, acks     []time.Duration // the counted ones (after the warm-up)
		answered, failed  int
		firstErr, lastErr error
	)
	fail := func(err error) {
		mu.Lock()
		failed++
		if firstErr == nil {
			firstErr = err
		}
		lastErr = err
		mu.Unlock()
	}
	start := time.Now()
	slots := make(chan struct{}, c.concurrency)
	var wg sync.WaitGroup
	for i := range c.reporters {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		wg.Go(func() {
			defer func() { <-slots }()
			r := d.reporter(i)
			for n := range c.messages {
				if ctx.Err() != nil {
					return
				}
				t0 := time.Now()
				if err := r.send(ctx, n); err != nil {
					fail(fmt.Errorf("send: %w", err))
					continue
				}
				acked := time.Since(t0)
				actx, cancel := context.WithTimeout(ctx, answerTimeout)
				err := r.answer(actx)
				cancel()
				if err != nil {
					fail(fmt.Errorf("answer: %w", err))
					continue
				}
				mu.Lock()
				answered++
				if n >= c.warmup {
					answers = append(answers, time.Since(t0))
					acks = append(acks, acked)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	rep := report{Mode: c.mode, Reporters: c.reporters, Messages: c.messages, Concurrency: c.concurrency, Warmup: c.warmup,
		Answered: answered, Failed: failed, ElapsedS: elapsed.Seconds(),
		Answer: percentiles(answers), Ack: percentiles(acks)}
	if elapsed > 0 {
		rep.AnswersPerS = float64(answered) / elapsed.Seconds()
	}
	if firstErr != nil {
		rep.FirstError, rep.LastError = firstErr.Error(), lastErr.Error()
	}
	return rep
}

// report is what a run measured.
type report struct {
	Mode        string    `json:"mode"`
	Reporters   int       `json:"reporters"`
	Messages    int       `json:"messages"`
	Concurrency int       `json:"concurrency"`
	Warmup      int       `json:"warmup"`
	Answered    int       `json:"answered"`
	Failed      int       `json:"failed"`
	ElapsedS    float64   `json:"elapsed_s"`
	AnswersPerS float64   `json:"answers_per_s"`
	Answer      latencies `json:"answer_ms"`
	Ack         latencies `json:"ack_ms"`
	Provider    *pace     `json:"provider,omitempty"`
	RSSPeakMB   float64   `json:"rss_peak_mb"`
	FirstError  string    `json:"first_error,omitempty"`
	LastError   string    `json:"last_error,omitempty"`
}

// latencies are percentiles in milliseconds.
type latencies struct {
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	P99 float64 `json:"p99"`
	Max float64 `json:"max"`
}

func percentiles(ds []time.Duration) latencies {
	if len(ds) == 0 {
		return latencies{}
	}
	slices.Sort(ds)
	at := func(p float64) float64 {
		return float64(ds[int(float64(len(ds)-1)*p)].Microseconds()) / 1000
	}
	return latencies{P50: at(.5), P95: at(.95), P99: at(.99), Max: at(1)}
}

func (l latencies) String() string {
	return fmt.Sprintf("p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms", l.P50, l.P95, l.P99, l.Max)
}

func (r report) print(w io.Writer) {
	fmt.Fprintf(w, "mode=%s reporters=%d (at once %d) messages=%d (first %d not counted) answered=%d failed=%d in %.2fs (%.1f answers/s)\n",
		r.Mode, r.Reporters, r.Concurrency, r.Messages, r.Warmup, r.Answered, r.Failed, r.ElapsedS, r.AnswersPerS)
	fmt.Fprintf(w, "wait for an answer: %s\n", r.Answer)
	fmt.Fprintf(w, "acknowledgement:    %s\n", r.Ack)
	if p := r.Provider; p != nil && p.Calls > 0 {
		fmt.Fprintf(w, "provider: %d messages taken, at most %d in one second", p.Calls, p.PeakPerS)
		if p.MinGapMS >= 0 {
			fmt.Fprintf(w, ", two to one person at least %.0fms apart", p.MinGapMS)
		}
		fmt.Fprintln(w)
	}
	if r.RSSPeakMB > 0 {
		fmt.Fprintf(w, "server memory: peak RSS %.1f MB\n", r.RSSPeakMB)
	}
	if r.FirstError != "" {
		fmt.Fprintf(w, "errors: first %q, last %q\n", r.FirstError, r.LastError)
	}
}
