package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/internal/dbtest"
)

// METRICS_ADDR serves /metrics apart from the public address, and
// METRICS_TOKEN keeps it behind a bearer token.
func TestE2EMetricsApartAndBehindAToken(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	t.Parallel()
	const token = "scrape-0123456789abcdef"
	metricsAddr := freeAddr(t)
	srv := startServer(t, dbtest.New(t), freeAddr(t), "METRICS_ADDR="+metricsAddr, "METRICS_TOKEN="+token)
	scrape := func(url, auth string) int {
		req, err := http.NewRequest(http.MethodGet, url, nil)
		require.NoError(t, err)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		return res.StatusCode
	}
	require.Equal(t, http.StatusNotFound, scrape("http://"+srv.addr+"/metrics", "Bearer "+token), "not on the public address")
	require.Equal(t, http.StatusUnauthorized, scrape("http://"+metricsAddr+"/metrics", ""))
	require.Equal(t, http.StatusUnauthorized, scrape("http://"+metricsAddr+"/metrics", "Bearer nope"))
	require.Equal(t, http.StatusOK, scrape("http://"+metricsAddr+"/metrics", "Bearer "+token))
}
