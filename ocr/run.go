package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// maxOutput bounds what a command may print before it is cut off.
const maxOutput = 4 << 20

// run runs name with args, stdin as its input, and returns its standard
// output. It is killed when ctx ends; with prlimit it cannot take more than
// MemoryBytes of address space nor more CPU seconds than the deadline
// leaves; with nice it runs at a lower priority than the server. Tesseract
// uses one core (OMP_THREAD_LIMIT=1): readings run side by side only as the
// job queue allows.
func (r *Reader) run(ctx context.Context, stdin []byte, name string, args ...string) ([]byte, error) {
	argv := append([]string{name}, args...)
	if r.nice != "" {
		// Below the server's own priority: when the cores are busy,
		// conversations are served first and readings wait.
		argv = append([]string{r.nice, "-n", "10"}, argv...)
	}
	if r.prlimit != "" {
		limits := []string{r.prlimit, "--as=" + strconv.FormatInt(r.opts.MemoryBytes, 10)}
		if dl, ok := ctx.Deadline(); ok {
			if secs := int(time.Until(dl).Seconds()) + 1; secs > 0 {
				limits = append(limits, "--cpu="+strconv.Itoa(secs))
			}
		}
		argv = append(append(limits, "--"), argv...)
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1", "LC_ALL=C.UTF-8")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { // the whole group: prlimit and its child
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var stdout, stderr limitedBuffer
	stdout.max, stderr.max = maxOutput, 4<<10
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return nil, fmt.Errorf("%s: %w", base(name), ctx.Err())
	}
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return stdout.Bytes(), fmt.Errorf("%s: %v: %s", base(name), err, firstLine(stderr.String()))
		}
		return nil, fmt.Errorf("%s: %w", base(name), err)
	}
	return stdout.Bytes(), nil
}

func base(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[i+1:]
	}
	return path
}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// limitedBuffer keeps the first max bytes written and drops the rest.
type limitedBuffer struct {
	bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.Len(); room > 0 {
		b.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}
