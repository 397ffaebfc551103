package telegram

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"

	tg "github.com/go-telegram/bot"

	"github.com/hoshyar/hoshyar/bot"
	"github.com/hoshyar/hoshyar/egress"
)

// FetchMedia implements bot.MediaFetcher: ref is a file_id. getFile names
// the file's path, which is then downloaded from the Bot API's file
// endpoint and nowhere else: the path must be plain, no redirect is
// followed, and the connection goes through egress, which refuses
// internal addresses; at most bot.MaxMediaBytes are kept. A file Telegram no longer has, or one too large, is a
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
	if !validFilePath(f.FilePath) {
		return nil, "", &bot.PermanentError{Code: CodeBadFilePath, Err: errors.New("telegram: getFile: a file_path that is not a plain relative path")}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.fileURL(f.FilePath), nil)
	if err != nil {
		return nil, "", fmt.Errorf("telegram: download: %w", c.client.redact(err))
	}
	res, err := c.files.Do(req)
	if err != nil {
		if perm, ok := bot.AsPermanent(err); ok {
			return nil, "", perm
		}
		if egress.IsRefused(err) {
			return nil, "", &bot.PermanentError{Code: CodeInternalAddress, Err: c.files.redact(err)}
		}
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

// Media failure codes, as PermanentError codes recorded with the media.
const (
	// CodeBadFilePath: getFile named a path that could leave the Bot API's
	// file endpoint ("..", a query, an absolute path).
	CodeBadFilePath = "bad_file_path"
	// CodeRedirected: the file endpoint answered with a redirect, which
	// is not followed: files come from the Bot API itself.
	CodeRedirected = "redirected"
	// CodeInternalAddress: the file endpoint's host resolves to an
	// internal address (see package egress).
	CodeInternalAddress = "internal_address"
)

// filePath is what a file_path from getFile may hold: "photos/file_7.jpg".
var filePath = regexp.MustCompile(`^[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$`)

// validFilePath accepts a relative path of plain segments: nothing that
// could climb out of /file/bot<token>/ or carry a query.
func validFilePath(p string) bool {
	return len(p) <= 512 && filePath.MatchString(p) && !strings.Contains(p, "..")
}

// noRedirects refuses every redirect of a download: the Bot API serves
// files itself.
func noRedirects(*http.Request, []*http.Request) error {
	return &bot.PermanentError{Code: CodeRedirected, Err: errors.New("telegram: download: redirected")}
}

func tooLarge(size int64) error {
	return &bot.PermanentError{Code: bot.CodeTooLarge,
		Err: fmt.Errorf("telegram: file of %d bytes or more, past the %d byte limit", size, bot.MaxMediaBytes)}
}
