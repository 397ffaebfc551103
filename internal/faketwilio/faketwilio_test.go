package faketwilio_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/hoshyar/hoshyar/internal/faketwilio"
)

const (
	sid   = "AC0123456789abcdef0123456789abcdef"
	token = "f00dcafe0123456789abcdef01234567"
)

func create(t *testing.T, s *faketwilio.Server, user, pass string, form url.Values) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.URL()+"/2010-04-01/Accounts/"+sid+"/Messages.json", strings.NewReader(form.Encode()))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(user, pass)
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, body
}

func TestCreateMessage(t *testing.T) {
	t.Parallel()
	s := faketwilio.New(t, sid, token)
	form := url.Values{"To": {"+923001234567"}, "From": {"+15550001111"}, "Body": {"salam"},
		"StatusCallback": {"https://h.example/webhooks/twilio/status"}}
	var sids []string
	for range 2 {
		res, body := create(t, s, sid, token, form)
		require.Equal(t, http.StatusCreated, res.StatusCode)
		var m openapi.ApiV2010Message // twilio-go's own model reads it
		require.NoError(t, json.Unmarshal(body, &m))
		require.Equal(t, "queued", *m.Status)
		require.Equal(t, "+923001234567", *m.To)
		require.Equal(t, "+15550001111", *m.From)
		require.Equal(t, "salam", *m.Body)
		require.Equal(t, "1", *m.NumSegments)
		require.Equal(t, sid, *m.AccountSid)
		require.True(t, strings.HasPrefix(*m.Sid, "SM"))
		require.Len(t, *m.Sid, 34)
		sids = append(sids, *m.Sid)
	}
	require.Less(t, sids[0], sids[1], "sids increase")

	msgs := s.Messages()
	require.Len(t, msgs, 2)
	require.Equal(t, sids[0], msgs[0].SID)
	require.Equal(t, "https://h.example/webhooks/twilio/status", msgs[0].StatusCallback)
	require.Equal(t, form, msgs[0].Form)
	require.Equal(t, sid, msgs[0].User)
	require.Equal(t, token, msgs[0].Password)
}

func TestCreateMessageRefusals(t *testing.T) {
	t.Parallel()
	s := faketwilio.New(t, sid, token)
	ok := url.Values{"To": {"+923001234567"}, "From": {"+15550001111"}, "Body": {"salam"}}

	res, body := create(t, s, sid, "wrong", ok)
	require.Equal(t, http.StatusUnauthorized, res.StatusCode)
	require.JSONEq(t, `{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}`, string(body))

	res, body = create(t, s, sid, token, url.Values{"To": {"+923001234567"}, "From": {"+15550001111"}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode)
	require.Contains(t, string(body), `"code":21602`)

	res, _ = create(t, s, sid, token, url.Values{"To": {"whatsapp:+923001234567"}, "From": {"+15550001111"}, "Body": {"x"}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode)

	res, body = create(t, s, sid, token, url.Values{"To": {"+923001234567"}, "From": {"+15550001111"}, "Body": {strings.Repeat("a", 1601)}})
	require.Equal(t, http.StatusBadRequest, res.StatusCode)
	require.Contains(t, string(body), `"code":21617`)

	s.PassNext()
	s.FailNext(http.StatusTooManyRequests, 20429, "Too Many Requests", 5)
	s.FailNext(http.StatusBadGateway, 0, "", 0)
	res, _ = create(t, s, sid, token, ok)
	require.Equal(t, http.StatusCreated, res.StatusCode)
	res, body = create(t, s, sid, token, ok)
	require.Equal(t, http.StatusTooManyRequests, res.StatusCode)
	require.Equal(t, "5", res.Header.Get("Retry-After"))
	require.JSONEq(t, `{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}`, string(body))
	res, body = create(t, s, sid, token, ok)
	require.Equal(t, http.StatusBadGateway, res.StatusCode)
	require.Equal(t, "Bad Gateway", string(body))
	res, _ = create(t, s, sid, token, ok)
	require.Equal(t, http.StatusCreated, res.StatusCode, "failures are used up")

	statuses := []int{}
	for _, m := range s.Messages() {
		statuses = append(statuses, m.Status)
	}
	require.Equal(t, []int{401, 400, 400, 400, 201, 429, 502, 201}, statuses)
}

func TestMedia(t *testing.T) {
	t.Parallel()
	s := faketwilio.New(t, sid, token)
	ref := s.AddMedia("/media/ME1", []byte("jpeg"), "image/jpeg")
	require.Equal(t, s.URL()+"/media/ME1", ref)
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(ref string, auth bool) *http.Response {
		req, err := http.NewRequest(http.MethodGet, ref, nil)
		require.NoError(t, err)
		if auth {
			req.SetBasicAuth(sid, token)
		}
		res, err := noRedirect.Do(req)
		require.NoError(t, err)
		t.Cleanup(func() { res.Body.Close() })
		return res
	}
	require.Equal(t, http.StatusUnauthorized, get(ref, false).StatusCode)
	require.Equal(t, http.StatusNotFound, get(s.URL()+"/media/ME2", true).StatusCode)
	res := get(ref, true)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, "image/jpeg", res.Header.Get("Content-Type"))

	s.RedirectMedia("https://cdn.example")
	res = get(ref, true)
	require.Equal(t, http.StatusTemporaryRedirect, res.StatusCode)
	require.Equal(t, "https://cdn.example/cdn/media/ME1", res.Header.Get("Location"))
	require.Equal(t, http.StatusOK, get(s.URL()+"/cdn/media/ME1", false).StatusCode, "the CDN copy needs no auth")

	reqs := s.Requests()
	require.Len(t, reqs, 5)
	require.Empty(t, reqs[0].Authorization)
	require.Equal(t, sid, reqs[2].User)
}

func TestSignPublishedVectors(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("testdata/twilio-signature-vectors.json")
	require.NoError(t, err)
	var file struct {
		Vectors []struct {
			AuthToken string            `json:"auth_token"`
			URL       string            `json:"url"`
			Params    map[string]string `json:"params"`
			Signature string            `json:"signature"`
			Valid     bool              `json:"valid"`
		} `json:"vectors"`
	}
	require.NoError(t, json.Unmarshal(raw, &file))
	require.NotEmpty(t, file.Vectors)
	for i, v := range file.Vectors {
		form := url.Values{}
		for k, val := range v.Params {
			form.Set(k, val)
		}
		require.Equal(t, v.Valid, faketwilio.Sign(v.AuthToken, v.URL, form) == v.Signature, "vector %d", i)
	}
}

func TestSegments(t *testing.T) {
	t.Parallel()
	require.Equal(t, 1, faketwilio.Segments(strings.Repeat("a", 160)))
	require.Equal(t, 2, faketwilio.Segments(strings.Repeat("a", 161)))
	require.Equal(t, 1, faketwilio.Segments(strings.Repeat("ب", 70)))
	require.Equal(t, 2, faketwilio.Segments(strings.Repeat("ب", 71)))
	require.Equal(t, 2, faketwilio.Segments(strings.Repeat("a", 67)+"“ok”"), "a curly quote makes it UCS-2: 71 > 70")
}
