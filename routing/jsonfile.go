package routing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// fileErrors collects the problems of one data file, each naming the file and
// the field, so that an operator can fix them all in one pass.
type fileErrors struct {
	name string
	errs []error
}

func (e *fileErrors) add(field, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if field == "" {
		e.errs = append(e.errs, fmt.Errorf("routing: %s: %s", e.name, msg))
		return
	}
	e.errs = append(e.errs, fmt.Errorf("routing: %s: %s: %s", e.name, field, msg))
}

func (e *fileErrors) err() error { return errors.Join(e.errs...) }

// decodeStrict decodes one JSON value into v, refusing unknown fields and
// trailing data. Syntax and type errors carry the line and column.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return positioned(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("unexpected data after the JSON value")
	}
	return nil
}

func positioned(data []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Errorf("%s: %w", position(data, syntax.Offset), err)
	case errors.As(err, &typ):
		return fmt.Errorf("%s: %w", position(data, typ.Offset), err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("unexpected end of the file (empty or cut short?)")
	}
	return err
}

// position turns a byte offset into "line L, column C".
func position(data []byte, offset int64) string {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(offset) - bytes.LastIndexByte(before, '\n')
	return fmt.Sprintf("line %d, column %d", line, col)
}

// objectKeys returns the keys of a JSON object in file order, duplicates
// included (encoding/json would silently keep the last of them).
func objectKeys(raw json.RawMessage) ([]string, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("must be an object")
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil, err
		}
	}
	return keys, nil
}
