package telegram

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	tg "github.com/go-telegram/bot"

	"github.com/hoshyar/hoshyar/bot"
)

// FetchMedia implements bot.MediaFetcher: ref is a file_id. getFile names
// the file's path, which is then downloaded; at most bot.MaxMediaBytes are
// kept. A file Telegram no longer has, or one too large, is a
// PermanentError; the message itself is kept either way.
func (c *Channel) FetchMedia(ctx context.Context, channel, ref string) ([]byte, string, error) {
	if channel != bot.Telegram {
		return nil, "", fmt.Errorf("telegram: fetch media: not a telegram attachment (%q)", channel)
	}
	f, err := c.api.GetFile(ctx, &tg.GetFileParams{FileID: ref})
	if err != nil {
		err = c.classify("getFile", err)
		// The Bot API serves files up to 20 MB and says so with a 400.
		var ae *apiError
		if errors.As(err, &ae) && strings.Contains(ae.Description, "file is too big") {
			return nil, "", &bot.PermanentError{Code: bot.CodeTooLarge, Err: ae}
		}
		return nil, "", err
	}
	if f.FileSize > bot.MaxMediaBytes {
		return nil, "", tooLarge(f.FileSize)
	}
	if f.FilePath == "" {
		return nil, "", errors.New("telegram: getFile: no file_path in the answer")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.fileURL(f.FilePath), nil)
	if err != nil {
		return nil, "", fmt.Errorf("telegram: download: %w", c.client.redact(err))
	}
	res, err := c.client.Do(req)
	if err != nil {
		return nil, "", c.classify("download", err)
	}
	defer res.Body.Close()
	if res.ContentLength > bot.MaxMediaBytes {
		return nil, "", tooLarge(res.ContentLength)
	}
	data, err := io.ReadAll(io.LimitReader(res.Body, bot.MaxMediaBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("telegram: download: %w", c.client.redact(err))
	}
	if len(data) > bot.MaxMediaBytes {
		return nil, "", tooLarge(int64(len(data)))
	}
	ct := res.Header.Get("Content-Type")
	if ct == "" || strings.HasPrefix(ct, "application/octet-stream") {
		ct = http.DetectContentType(data)
	}
	return data, ct, nil
}

func tooLarge(size int64) error {
	return &bot.PermanentError{Code: bot.CodeTooLarge,
		Err: fmt.Errorf("telegram: file of %d bytes or more, past the %d byte limit", size, bot.MaxMediaBytes)}
}
