-- What Hoshyar read from an attachment: the text of an image (OCR), of a
-- PDF (its text layer, or OCR of its pages), or the number and name on a
-- shared contact; and how long a voice note or audio file lasts. The text is
-- the person's evidence: plain for now, sealed at rest later with every other
-- personal field, which is why every read and write of it is a function in
-- store/media_text.go.
ALTER TABLE media ADD COLUMN text text;
ALTER TABLE media ADD COLUMN text_source text CHECK (text_source IN ('ocr', 'pdf', 'contact'));
-- When the reading ended (with a text, an empty one, or read_error); NULL
-- while it is pending or when the attachment is not read at all.
ALTER TABLE media ADD COLUMN read_at timestamptz;
ALTER TABLE media ADD COLUMN read_error text;
ALTER TABLE media ADD COLUMN duration_seconds int CHECK (duration_seconds >= 0);
