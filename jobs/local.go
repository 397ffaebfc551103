package jobs

import (
	"context"
	"sync"
	"time"
)

// The hot path runs in the process that took the message: a conversation is
// handed to its workers as soon as its message is committed, and its
// replies are sent as soon as they are, with no job per message and no
// polling. A hand-off lives only in memory; what a dying process held is
// in the database still, and the sweeper of any replica hands it on again
// within seconds. River carries only what must wait (a retry after a
// provider error, a 429) and hand-offs this process cannot take.

// queueCap bounds the conversations waiting for this process's workers; past
// it, work goes to River.
const queueCap = 4096

// keyedQueue is a work queue of conversation ids in which an id waits at most
// once: handing over a conversation that waits already does nothing, and
// one being worked on is worked on again once, afterwards.
type keyedQueue struct {
	ch chan int64

	mu    sync.Mutex
	state map[int64]uint8
}

const (
	waiting uint8 = iota + 1
	working
	again // working, and handed over again meanwhile
)

func newKeyedQueue(capacity int) *keyedQueue {
	return &keyedQueue{ch: make(chan int64, capacity), state: map[int64]uint8{}}
}

// add hands id over; it reports false when the queue is full.
func (q *keyedQueue) add(id int64) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	switch q.state[id] {
	case waiting, again:
		return true
	case working:
		q.state[id] = again
		return true
	}
	select {
	case q.ch <- id:
		q.state[id] = waiting
		return true
	default:
		return false
	}
}

// start marks id as being worked on.
func (q *keyedQueue) start(id int64) {
	q.mu.Lock()
	q.state[id] = working
	q.mu.Unlock()
}

// done ends work on id and reports whether it must be worked on again.
func (q *keyedQueue) done(id int64) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.state[id] == again {
		q.state[id] = working
		return true
	}
	delete(q.state, id)
	return false
}

// pool runs a keyed queue's work on n goroutines until stopped.
type pool struct {
	q    *keyedQueue
	work func(ctx context.Context, id int64)

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	mu     sync.RWMutex
	open   bool
}

func newPool(work func(ctx context.Context, id int64)) *pool {
	return &pool{q: newKeyedQueue(queueCap), work: work}
}

func (p *pool) start(n int) {
	p.ctx, p.cancel = context.WithCancel(context.Background())
	p.mu.Lock()
	p.open = true
	p.mu.Unlock()
	for range n {
		p.wg.Go(p.loop)
	}
}

func (p *pool) loop() {
	for {
		select {
		case <-p.ctx.Done():
			return
		case id := <-p.q.ch:
			p.q.start(id)
			for {
				p.work(p.ctx, id)
				if !p.q.done(id) || p.ctx.Err() != nil {
					break
				}
			}
		}
	}
}

// add hands id to the workers; false when they are not running or full.
func (p *pool) add(id int64) bool {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.open && p.q.add(id)
}

// stop takes no more work and waits for the running work to end, or for ctx
// to end (the running work is then cancelled). What was waiting stays in
// the database for the sweeper.
func (p *pool) stop(ctx context.Context) {
	p.mu.Lock()
	wasOpen := p.open
	p.open = false
	p.mu.Unlock()
	if !wasOpen {
		return
	}
	p.forgetWaiting()
	for p.busy() && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	p.cancel()
	p.wg.Wait()
}

// forgetWaiting drops the waiting ids: the database still has their work.
func (p *pool) forgetWaiting() {
	for {
		select {
		case id := <-p.q.ch:
			p.q.mu.Lock()
			if p.q.state[id] == waiting {
				delete(p.q.state, id)
			}
			p.q.mu.Unlock()
		default:
			return
		}
	}
}

func (p *pool) busy() bool {
	p.q.mu.Lock()
	defer p.q.mu.Unlock()
	return len(p.q.state) > 0
}
