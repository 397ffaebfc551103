package faketelegram

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf16"
)

const maxTextLength = 4096 // UTF-16 code units, as Telegram counts

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if rest, ok := strings.CutPrefix(r.URL.Path, "/file/bot"); ok {
		s.serveFile(w, rest)
		return
	}
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	if !ok {
		fail(w, http.StatusNotFound, "Not Found", 0)
		return
	}
	token, method, _ := strings.Cut(rest, "/")
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		fail(w, http.StatusBadRequest, "Bad Request: cannot read body", 0)
		return
	}
	ct := r.Header.Get("Content-Type")
	params, perr := decodeParams(ct, raw)
	req := Request{Method: method, Params: params, Raw: raw, ContentType: ct}
	s.record(req)
	if token != s.token {
		fail(w, http.StatusUnauthorized, "Unauthorized", 0)
		return
	}
	if perr != nil {
		fail(w, http.StatusBadRequest, "Bad Request: can't parse request body", 0)
		return
	}
	if f, ok := s.popFailure(method); ok {
		fail(w, f.status, f.description, f.retryAfter)
		return
	}
	switch strings.ToLower(method) {
	case "getme":
		ok200(w, map[string]any{"id": 1, "is_bot": true, "first_name": "Hoshyar", "username": "hoshyar_test_bot"})
	case "sendmessage":
		s.sendMessage(w, req)
	case "setwebhook":
		if req.String("url") == "" {
			fail(w, http.StatusBadRequest, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook", 0)
			return
		}
		s.mu.Lock()
		s.webhook = req.String("url")
		s.mu.Unlock()
		ok200(w, true)
	case "deletewebhook":
		s.mu.Lock()
		s.webhook = ""
		s.mu.Unlock()
		ok200(w, true)
	case "answercallbackquery":
		if req.String("callback_query_id") == "" {
			fail(w, http.StatusBadRequest, "Bad Request: query is too old and response timeout expired or query ID is invalid", 0)
			return
		}
		ok200(w, true)
	case "sendchataction":
		if req.String("chat_id") == "" || req.String("action") == "" {
			fail(w, http.StatusBadRequest, "Bad Request: chat_id and action are required", 0)
			return
		}
		ok200(w, true)
	case "editmessagereplymarkup":
		s.editReplyMarkup(w, req)
	case "getfile":
		s.getFile(w, req)
	case "getupdates":
		s.getUpdates(w, r, req)
	default:
		fail(w, http.StatusNotFound, "Not Found", 0)
	}
}

// record keeps req, shows it to the observer, and makes the caller wait
// as the method's delay or hold says.
func (s *Server) record(req Request) {
	s.mu.Lock()
	if !s.forget {
		s.requests = append(s.requests, req)
	}
	observe := s.observe
	m := strings.ToLower(req.Method)
	delay, hold := s.delays[m], s.holds[m]
	s.mu.Unlock()
	if observe != nil {
		observe(req)
	}
	if hold != nil {
		select {
		case <-hold:
		case <-s.done:
		}
	}
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-s.done:
		}
	}
}

func (s *Server) popFailure(method string) (failure, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := strings.ToLower(method)
	q := s.fails[m]
	if len(q) == 0 {
		return failure{}, false
	}
	s.fails[m] = q[1:]
	if q[0] == nil {
		return failure{}, false
	}
	return *q[0], true
}

func ok200(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func fail(w http.ResponseWriter, status int, description string, retryAfter int) {
	body := map[string]any{"ok": false, "error_code": status, "description": description}
	if retryAfter > 0 {
		body["parameters"] = map[string]any{"retry_after": retryAfter}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

func (s *Server) sendMessage(w http.ResponseWriter, req Request) {
	chatID, ok := intParam(req, "chat_id")
	switch {
	case req.String("chat_id") == "":
		fail(w, http.StatusBadRequest, "Bad Request: chat_id is empty", 0)
		return
	case !ok:
		fail(w, http.StatusBadRequest, "Bad Request: chat not found", 0)
		return
	}
	text := req.String("text")
	switch n := len(utf16.Encode([]rune(text))); {
	case strings.TrimSpace(text) == "":
		fail(w, http.StatusBadRequest, "Bad Request: message text is empty", 0)
		return
	case n > maxTextLength:
		fail(w, http.StatusBadRequest, "Bad Request: message is too long", 0)
		return
	}
	markup, present := req.Params["reply_markup"]
	if present {
		if desc := checkMarkup(markup); desc != "" {
			fail(w, http.StatusBadRequest, desc, 0)
			return
		}
	}
	s.mu.Lock()
	s.nextMsg++
	id := s.nextMsg
	s.mu.Unlock()
	msg := map[string]any{
		"message_id": id, "date": time.Now().Unix(), "text": text,
		"from": map[string]any{"id": 1, "is_bot": true, "first_name": "Hoshyar", "username": "hoshyar_test_bot"},
		"chat": map[string]any{"id": chatID, "type": "private"},
	}
	if present {
		msg["reply_markup"] = markup
	}
	ok200(w, msg)
}

// checkMarkup validates an inline keyboard as Telegram does and returns
// its error description, or "".
func checkMarkup(markup any) string {
	m, ok := markup.(map[string]any)
	if !ok {
		return "Bad Request: can't parse reply keyboard markup JSON object"
	}
	rows, ok := m["inline_keyboard"].([]any)
	if !ok {
		return "" // another kind of keyboard: not checked
	}
	for _, row := range rows {
		buttons, ok := row.([]any)
		if !ok {
			return "Bad Request: can't parse inline keyboard button: field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays"
		}
		for _, b := range buttons {
			if desc := checkButton(b); desc != "" {
				return desc
			}
		}
	}
	return ""
}

func checkButton(b any) string {
	btn, ok := b.(map[string]any)
	if !ok {
		return "Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be an Object"
	}
	if text, _ := btn["text"].(string); text == "" {
		return "Bad Request: BUTTON_TEXT_INVALID"
	}
	if ct, present := btn["copy_text"]; present {
		obj, _ := ct.(map[string]any)
		if text, _ := obj["text"].(string); text == "" {
			return "Bad Request: BUTTON_COPY_TEXT_INVALID"
		}
	}
	if data, present := btn["callback_data"]; present {
		s, _ := data.(string)
		if s == "" || len(s) > 64 {
			return "Bad Request: BUTTON_DATA_INVALID"
		}
	}
	for _, action := range []string{"callback_data", "url", "copy_text", "web_app", "login_url",
		"switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
		"callback_game", "pay"} {
		if _, present := btn[action]; present {
			return ""
		}
	}
	return "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
}

func (s *Server) editReplyMarkup(w http.ResponseWriter, req Request) {
	if markup, present := req.Params["reply_markup"]; present {
		if desc := checkMarkup(markup); desc != "" {
			fail(w, http.StatusBadRequest, desc, 0)
			return
		}
	}
	if req.String("inline_message_id") != "" {
		ok200(w, true) // an inline message: Telegram answers true
		return
	}
	chatID, okChat := intParam(req, "chat_id")
	msgID, okMsg := intParam(req, "message_id")
	if !okChat || !okMsg {
		fail(w, http.StatusBadRequest, "Bad Request: message to edit not found", 0)
		return
	}
	now := time.Now().Unix()
	ok200(w, map[string]any{ // a chat message: Telegram answers the edited Message
		"message_id": msgID, "date": now, "edit_date": now, "text": "",
		"chat": map[string]any{"id": chatID, "type": "private"},
	})
}

func (s *Server) getFile(w http.ResponseWriter, req Request) {
	s.mu.Lock()
	f, ok := s.files[req.String("file_id")]
	s.mu.Unlock()
	if !ok {
		fail(w, http.StatusBadRequest, "Bad Request: invalid file_id", 0)
		return
	}
	res := map[string]any{"file_id": f.id, "file_unique_id": "u" + f.id, "file_path": f.path}
	if f.size > 0 {
		res["file_size"] = f.size
	}
	ok200(w, res)
}

func (s *Server) serveFile(w http.ResponseWriter, rest string) {
	token, path, _ := strings.Cut(rest, "/")
	s.record(Request{Method: "file", Params: map[string]any{"file_path": path}})
	if token != s.token {
		fail(w, http.StatusUnauthorized, "Unauthorized", 0)
		return
	}
	if f, ok := s.popFailure("file"); ok {
		fail(w, f.status, f.description, f.retryAfter)
		return
	}
	s.mu.Lock()
	f, ok := s.paths[path]
	s.mu.Unlock()
	if !ok {
		fail(w, http.StatusNotFound, "Not Found", 0)
		return
	}
	if f.contentType != "" {
		w.Header().Set("Content-Type", f.contentType)
	}
	_, _ = w.Write(f.data)
}

// getUpdates answers the queued updates at or past offset, long-polling up
// to the request's timeout when there are none.
func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, req Request) {
	offset, _ := intParam(req, "offset")
	timeout, _ := intParam(req, "timeout")
	limit, ok := intParam(req, "limit")
	if !ok || limit <= 0 || limit > 100 {
		limit = 100
	}
	deadline := time.NewTimer(time.Duration(timeout) * time.Second)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		if s.webhook != "" {
			s.mu.Unlock()
			fail(w, http.StatusConflict, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", 0)
			return
		}
		kept := s.updates[:0]
		for _, u := range s.updates {
			if u.id >= offset {
				kept = append(kept, u)
			}
		}
		s.updates = kept
		batch := []json.RawMessage{}
		for _, u := range s.updates {
			if int64(len(batch)) == limit {
				break
			}
			batch = append(batch, u.raw)
		}
		wake := s.wake
		s.mu.Unlock()
		if len(batch) > 0 || timeout <= 0 {
			ok200(w, batch)
			return
		}
		select {
		case <-wake:
		case <-deadline.C:
			ok200(w, batch)
			return
		case <-s.done:
			ok200(w, batch)
			return
		case <-r.Context().Done():
			return
		}
	}
}
