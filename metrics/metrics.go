// Package metrics defines Hoshyar's Prometheus metrics on a registry of its
// own (no global state): messages in and out by channel and outcome,
// pipeline latency, HTTP requests, and the job backlog read from River's
// table at scrape time.
package metrics

import (
	"context"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics holds the collectors.
type Metrics struct {
	Registry *prometheus.Registry

	messagesIn  *prometheus.CounterVec
	messagesOut *prometheus.CounterVec
	pipeline    prometheus.Histogram
	httpTotal   *prometheus.CounterVec
	httpSeconds *prometheus.HistogramVec
	mediaRead   *prometheus.HistogramVec
}

// New registers Hoshyar's metrics, Go runtime metrics, process metrics and,
// when pool is not nil, the job backlog.
func New(pool *pgxpool.Pool, log *slog.Logger) *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		messagesIn: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hoshyar_messages_in_total",
			Help: "Inbound messages by channel and result (stored, duplicate, error).",
		}, []string{"channel", "result"}),
		messagesOut: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hoshyar_messages_out_total",
			Help: "Outbound send attempts by channel and status (sent, retry, failed, unknown).",
		}, []string{"channel", "status"}),
		pipeline: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "hoshyar_pipeline_seconds",
			Help:    "Time from storing an inbound message to committing its replies.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}),
		httpTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "hoshyar_http_requests_total",
			Help: "HTTP requests by route pattern and status code.",
		}, []string{"route", "code"}),
		httpSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "hoshyar_http_request_seconds",
			Help:    "HTTP request duration by route pattern (long polls included).",
			Buckets: prometheus.DefBuckets,
		}, []string{"route"}),
		mediaRead: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "hoshyar_media_read_seconds",
			Help:    "Time to read an attachment's text, by result (ocr, pdf, contact, or why it failed).",
			Buckets: []float64{.1, .25, .5, 1, 2, 4, 8, 15, 30, 60},
		}, []string{"result"}),
	}
	m.Registry.MustRegister(m.messagesIn, m.messagesOut, m.pipeline, m.httpTotal, m.httpSeconds, m.mediaRead,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if pool != nil {
		m.Registry.MustRegister(&backlog{pool: pool, log: log})
	}
	return m
}

// Ingested counts an inbound message (implements bot.Observer).
func (m *Metrics) Ingested(channel, result string) {
	m.messagesIn.WithLabelValues(channel, result).Inc()
}

// Sent counts an outbound send attempt's outcome.
func (m *Metrics) Sent(channel, status string) {
	m.messagesOut.WithLabelValues(channel, status).Inc()
}

// Processed records the latency of one inbound message through the flow.
func (m *Metrics) Processed(d time.Duration) {
	m.pipeline.Observe(d.Seconds())
}

// MediaRead records one reading of an attachment: its source (ocr, pdf,
// contact) or, when it failed, why.
func (m *Metrics) MediaRead(result string, d time.Duration) {
	m.mediaRead.WithLabelValues(result).Observe(d.Seconds())
}

// Request records one HTTP request.
func (m *Metrics) Request(route string, code int, d time.Duration) {
	m.httpTotal.WithLabelValues(route, itoa(code)).Inc()
	m.httpSeconds.WithLabelValues(route).Observe(d.Seconds())
}

func itoa(code int) string {
	if code < 100 || code > 999 {
		return "other"
	}
	return string([]byte{byte('0' + code/100), byte('0' + code/10%10), byte('0' + code%10)})
}

// backlog reports River's jobs by queue and state when scraped.
type backlog struct {
	pool *pgxpool.Pool
	log  *slog.Logger
}

var backlogDesc = prometheus.NewDesc("hoshyar_jobs",
	"Jobs in River's table by queue and state (available and scheduled ones are the backlog).",
	[]string{"queue", "state"}, nil)

func (b *backlog) Describe(ch chan<- *prometheus.Desc) { ch <- backlogDesc }

const backlogQuery = `
SELECT queue, state::text, count(*) FROM river_job
 WHERE state IN ('available', 'scheduled', 'retryable', 'running', 'pending')
 GROUP BY queue, state`

func (b *backlog) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	rows, err := b.pool.Query(ctx, backlogQuery)
	if err != nil {
		b.log.Warn("metrics_backlog_failed", "error", err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var queue, state string
		var n int64
		if err := rows.Scan(&queue, &state, &n); err != nil {
			b.log.Warn("metrics_backlog_failed", "error", err)
			return
		}
		ch <- prometheus.MustNewConstMetric(backlogDesc, prometheus.GaugeValue, float64(n), queue, state)
	}
}
