package faketelegram

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/url"
	"strconv"
)

// jsonFields are parameters whose form value is itself JSON; Telegram
// parses them, so the fake decodes them too.
var jsonFields = map[string]bool{
	"reply_markup": true, "allowed_updates": true, "entities": true,
	"link_preview_options": true, "reply_parameters": true,
}

// decodeParams reads a method's parameters from a JSON, multipart or
// url-encoded body.
func decodeParams(contentType string, raw []byte) (map[string]any, error) {
	params := map[string]any{}
	if len(bytes.TrimSpace(raw)) == 0 {
		return params, nil
	}
	mt, mp, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/json":
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		if err := dec.Decode(&params); err != nil {
			return nil, err
		}
		for k, v := range params {
			if s, ok := v.(string); ok && jsonFields[k] {
				params[k] = decodeJSONField(s)
			}
		}
	case "multipart/form-data":
		mr := multipart.NewReader(bytes.NewReader(raw), mp["boundary"])
		for {
			part, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return nil, err
			}
			b, err := io.ReadAll(part)
			if err != nil {
				return nil, err
			}
			if part.FileName() != "" {
				params[part.FormName()] = "attach:" + part.FileName()
				continue
			}
			params[part.FormName()] = formValue(part.FormName(), string(b))
		}
	default: // application/x-www-form-urlencoded, or a query without a type
		q, err := url.ParseQuery(string(raw))
		if err != nil {
			return nil, err
		}
		for k := range q {
			params[k] = formValue(k, q.Get(k))
		}
	}
	return params, nil
}

func formValue(key, s string) any {
	if jsonFields[key] {
		return decodeJSONField(s)
	}
	return s
}

func decodeJSONField(s string) any {
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return s // left as sent; the method reports it
	}
	return v
}

// intParam reads an integer parameter; ok is false when it is absent or
// not an integer.
func intParam(r Request, key string) (int64, bool) {
	n, err := strconv.ParseInt(r.String(key), 10, 64)
	return n, err == nil
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
