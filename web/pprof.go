package web

import (
	"log/slog"
	"net/http"
	"net/http/pprof"
	"time"
)

// PprofServer serves Go's profiler (CPU, heap, goroutines, traces) on its
// own address, apart from the public mux: profiles reveal memory contents,
// so HOSHYAR_PPROF_ADDR is a loopback address and off by default.
//
//	go tool pprof -seconds 20 http://127.0.0.1:6060/debug/pprof/profile
func PprofServer(addr string, log *slog.Logger) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return &http.Server{
		Addr:              addr,
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}
