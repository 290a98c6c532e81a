// Package filelock serializes work across goroutines and processes with an
// exclusive lock (flock) on a file.
package filelock

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// Lock waits for the exclusive lock on path (created, with its folder, when
// missing) and returns its release.
func Lock(path string) (unlock func(), err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
