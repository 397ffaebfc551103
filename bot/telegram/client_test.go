package telegram

import (
	"errors"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hoshyar/hoshyar/bot"
)

func TestNewAPIError(t *testing.T) {
	t.Parallel()
	e := newAPIError("sendMessage", 429, []byte(`{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}`))
	require.Equal(t, &apiError{Method: "sendMessage", Code: 429, Description: "Too Many Requests: retry after 3", RetryAfter: 3}, e)

	e = newAPIError("sendMessage", 502, []byte("<html>nginx</html>"))
	require.Equal(t, "telegram: sendMessage: 502 Bad Gateway", e.Error(), "no HTML body in errors")
}

func TestClassify(t *testing.T) {
	t.Parallel()
	c := &Channel{client: &apiClient{token: "123:secret"}}
	tests := []struct {
		code      int
		permanent string // code, "" when not permanent
		contact   string
		after     time.Duration
	}{
		{code: 429, after: 3 * time.Second},
		{code: 403, permanent: "403", contact: bot.ContactUnreachable},
		{code: 400, permanent: "400"},
		{code: 413, permanent: "413"},
		{code: 409, permanent: "409"},
		{code: 401},
		{code: 404},
		{code: 500},
		{code: 502},
	}
	for _, tc := range tests {
		err := c.classify("sendMessage", &apiError{Method: "sendMessage", Code: tc.code, RetryAfter: 3})
		pe, permanent := bot.AsPermanent(err)
		ra, later := bot.AsRetryAfter(err)
		require.Equal(t, tc.permanent != "", permanent, "%d", tc.code)
		require.Equal(t, tc.after != 0, later, "%d", tc.code)
		if permanent {
			require.Equal(t, tc.permanent, pe.Code)
			require.Equal(t, tc.contact, pe.Contact)
		}
		if later {
			require.Equal(t, tc.after, ra.After)
		}
	}
}

func TestRedact(t *testing.T) {
	t.Parallel()
	c := &apiClient{token: "123:secret-TOKEN"}
	ue := &url.Error{Op: "Post", URL: "https://api.telegram.org/bot123:secret-TOKEN/sendMessage", Err: http.ErrHandlerTimeout}
	err := c.redact(ue)
	require.NotContains(t, err.Error(), "secret-TOKEN")
	require.Contains(t, err.Error(), "/bot<token>/sendMessage")
	require.ErrorIs(t, err, http.ErrHandlerTimeout, "the cause is kept")

	err = c.redact(errors.New(`parse "https://x/bot123%3Asecret-TOKEN/": bad`))
	require.NotContains(t, err.Error(), "secret-TOKEN")
	require.Nil(t, c.redact(nil))
}

func TestMethodOf(t *testing.T) {
	t.Parallel()
	require.Equal(t, "getFile", methodOf("/bot123:abc/getFile"))
	require.Equal(t, "file", methodOf("/file/bot123:abc/photos/file_1.jpg"))
	require.Equal(t, "sendMessage", methodOf("/proxy/bot123:abc/sendMessage"))
}
