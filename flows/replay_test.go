package flows_test

import (
	"runtime"
	"sync"
)

// replayAll applies f to every item on as many goroutines as the process
// may run at once, and returns the results in the items' order, so the
// corpus replays use every core and still log and count as one loop would.
// f must be safe to call concurrently: the engine is, as the bot's workers
// share one.
func replayAll[T, R any](items []T, f func(T) R) []R {
	out := make([]R, len(items))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(items)) {
		wg.Go(func() {
			for i := range next {
				out[i] = f(items[i])
			}
		})
	}
	for i := range items {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}
