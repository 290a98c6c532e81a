// Package jsiiruntime ends the jsii runtime behind the cdktf Go bindings.
package jsiiruntime

import (
	"os"

	"github.com/aws/jsii-runtime-go"
)

// Close stops the jsii Node process and removes the runtime it unpacked into
// the temporary directory, which would otherwise be left behind on every run
// (about 2 MB each). Call it last: jsii-runtime-go 1.106 waits for the
// process from two goroutines, and the loser prints "Runtime process exited
// abnormally: waitid: no child processes" although all went well, so
// standard error is closed to that report first.
func Close() {
	if devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
		os.Stderr = devNull
	}
	jsii.Close()
}
