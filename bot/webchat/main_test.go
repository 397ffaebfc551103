package webchat_test

import (
	"testing"

	"github.com/hoshyar/hoshyar/internal/dbtest"
)

func TestMain(m *testing.M) { dbtest.Main(m) }
