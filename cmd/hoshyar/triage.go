package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hoshyar/hoshyar/triage"
)

// stdin is what `hoshyar triage` reads; tests replace it.
var stdin io.Reader = os.Stdin

// triageCmd runs `hoshyar triage`, `hoshyar triage eval [-split S] [FILE]` and
// `hoshyar triage train [FILE]`. None needs the database or the
// configuration.
func triageCmd(args []string, stdout, stderr io.Writer) error {
	switch {
	case len(args) == 0:
		return triageLines(stdin, stdout)
	case args[0] == "eval" && len(args) <= 4:
		return triageEval(args[1:], stdout)
	case args[0] == "train" && len(args) <= 2:
		return triageTrain(args[1:], stdout)
	}
	fmt.Fprintln(stderr, usage)
	return errUsage
}

// triageLines reads messages, one a line (plain text, or JSON with a
// "text" and, optionally, an "id"), and prints one JSON assessment a line.
func triageLines(r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var in struct {
			ID   json.RawMessage `json:"id,omitempty"`
			Text *string         `json:"text"`
		}
		text := line
		if strings.HasPrefix(line, "{") {
			if err := json.Unmarshal([]byte(line), &in); err != nil || in.Text == nil {
				return fmt.Errorf("triage: a JSON line needs a \"text\": %.60s", line)
			}
			text = *in.Text
		}
		out := struct {
			ID json.RawMessage `json:"id,omitempty"`
			triage.Result
		}{in.ID, triage.Read(text)}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	return sc.Err()
}

// triageEval scores triage on labelled messages: the corpus's test split
// (or the split named by -split), or FILE (JSON lines in the corpus's
// format, every line counted).
func triageEval(args []string, w io.Writer) error {
	var examples []triage.Example
	split := "test"
	if len(args) >= 2 && args[0] == "-split" {
		split, args = args[1], args[2:]
	}
	source := "the corpus's " + split + " split"
	if len(args) == 1 {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		if examples, err = triage.ReadExamples(f); err != nil {
			return fmt.Errorf("triage eval: %s: %w", args[0], err)
		}
		source = args[0]
	} else {
		all, err := triage.Corpus()
		if err != nil {
			return err
		}
		if examples = triage.Split(all, split); len(examples) == 0 {
			return fmt.Errorf("triage eval: no split %q (train, dev or test)", split)
		}
	}
	fmt.Fprintf(w, "triage on %s (%d messages)\n", source, len(examples))
	failed := triage.WriteReport(w, triage.Evaluate(examples))
	if len(failed) > 0 {
		fmt.Fprintln(w, "below the thresholds:")
		for _, f := range failed {
			fmt.Fprintln(w, "  "+f)
		}
		return errors.New("triage eval: below the thresholds")
	}
	fmt.Fprintln(w, "all thresholds met")
	return nil
}

// triageTrain trains the model on the corpus's train and dev splits and
// writes it to FILE (default triage/model.bin, run from the repository's
// root). Choices were made on dev and by cross-validation on train
// (triage/train_test.go); the test split is never trained on.
func triageTrain(args []string, w io.Writer) error {
	out := "triage/model.bin"
	if len(args) == 1 {
		out = args[0]
	}
	all, err := triage.Corpus()
	if err != nil {
		return err
	}
	train := append(triage.Split(all, "train"), triage.Split(all, "dev")...)
	m := triage.Train(train, triage.DefaultTrainOptions)
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "trained on %d messages; wrote %s (%d bytes)\n", len(train), out, len(b))
	return nil
}
