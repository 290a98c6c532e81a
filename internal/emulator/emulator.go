// Package emulator runs the local AWS emulator (moto) that the local target
// deploys to: started on a free loopback port, its PID and port recorded in
// the local state folder, stopped by PID.
//
// moto runs through server.py: moto_server's application and server, plus
// the retry idempotency AWS has and moto lacks (see that file).
//
// moto keeps everything in memory. Whoever starts a new emulator must treat
// the local target's Terraform state as gone (Start reports it).
package emulator

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/platform/estate/internal/nice"
)

// Command is the emulator's executable (pip install "moto[server]").
const Command = "moto_server"

// MotoVersion is the moto the emulator is written and measured against
// (server.py checks it at start and refuses another minor version).
const MotoVersion = "5.2.1"

// InstallHint says how to get the emulator.
const InstallHint = `install it with: pip install "moto[server]==` + MotoVersion + `" (Python 3.9 or newer)`

// Region is where the emulator's own resources (such as a state bucket) are
// made when nothing else says.
const Region = "us-east-1"

// serverScript runs moto (see its docstring).
//
//go:embed server.py
var serverScript string

// pidFile is the record of a running emulator, in the local state folder.
const pidFile = "emulator.json"

// LogFile is the emulator's output, in the local state folder.
const LogFile = "emulator.log"

// Emulator is a running moto_server.
type Emulator struct {
	PID  int `json:"pid"`
	Port int `json:"port"`
}

// Endpoint is the emulator's URL, for AWS_ENDPOINT_URL.
func (e *Emulator) Endpoint() string { return "http://127.0.0.1:" + strconv.Itoa(e.Port) }

// Env is what a process needs in its environment to talk to the emulator
// and to nothing else: the endpoint, dummy credentials, no credential or
// config files and no instance metadata that could lead to a real account.
// The variables of Unset must be removed as well.
func (e *Emulator) Env() []string { return e.EnvIn(Region) }

// EnvIn is Env with region as the default region (a shell's aws CLI
// looking where an environment is deployed).
func (e *Emulator) EnvIn(region string) []string {
	return []string{
		"AWS_ENDPOINT_URL=" + e.Endpoint(),
		"AWS_ACCESS_KEY_ID=test",
		"AWS_SECRET_ACCESS_KEY=test",
		"AWS_CONFIG_FILE=" + os.DevNull,
		"AWS_SHARED_CREDENTIALS_FILE=" + os.DevNull,
		"AWS_EC2_METADATA_DISABLED=true",
		"AWS_DEFAULT_REGION=" + region,
	}
}

// Unset are the variables that would select other credentials (set, even
// to nothing, they confuse the SDKs' credential chain).
var Unset = []string{"AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE"}

// Apply returns environ pointed at the emulator: Unset removed, Env added.
func (e *Emulator) Apply(environ []string) []string {
	out := make([]string, 0, len(environ)+8)
	for _, kv := range environ {
		k, _, _ := strings.Cut(kv, "=")
		if !slices.Contains(Unset, k) {
			out = append(out, kv)
		}
	}
	return append(out, e.Env()...)
}

// Find returns the emulator recorded in dir if it is still running and
// answering, and nil otherwise.
func Find(dir string) (*Emulator, error) {
	b, err := os.ReadFile(filepath.Join(dir, pidFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var e Emulator
	if err := json.Unmarshal(b, &e); err != nil || e.PID <= 0 || e.Port <= 0 {
		return nil, nil
	}
	if syscall.Kill(e.PID, 0) != nil || !e.answers(time.Second) {
		return nil, nil
	}
	return &e, nil
}

// Gone explains why the emulator recorded in dir is not there: "" when
// none is recorded or it runs and answers; else one line that says what
// is wrong (its process died, or its port does not answer or answers as
// something else).
func Gone(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, pidFile))
	if err != nil {
		return ""
	}
	var e Emulator
	if err := json.Unmarshal(b, &e); err != nil || e.PID <= 0 || e.Port <= 0 {
		return fmt.Sprintf("its record %s is unreadable", filepath.Join(dir, pidFile))
	}
	alive := syscall.Kill(e.PID, 0) == nil
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.Endpoint()+"/moto-api/config", nil)
	resp, err := http.DefaultClient.Do(req)
	switch {
	case err == nil && resp.StatusCode < 300 && alive:
		resp.Body.Close()
		return ""
	case err == nil:
		resp.Body.Close()
		return fmt.Sprintf("port %d answers, but not as the emulator (pid %d %s): another program took the port", e.Port, e.PID, map[bool]string{true: "runs", false: "has exited"}[alive])
	case !alive:
		return fmt.Sprintf("its process (pid %d) has exited", e.PID)
	}
	return fmt.Sprintf("pid %d runs but nothing answers on port %d", e.PID, e.Port)
}

// Start returns the emulator recorded in dir if it runs, or starts a new
// one, its CPU priority lowered by the increment niceness (0: the
// caller's). fresh is true when it started one: then nothing deployed
// before exists any more. Its output goes to LogFile in dir.
func Start(dir string, niceness int) (e *Emulator, fresh bool, err error) {
	if e, err := Find(dir); err != nil || e != nil {
		return e, false, err
	}
	bin, err := exec.LookPath(Command)
	if err != nil {
		return nil, false, fmt.Errorf("the local AWS emulator %s is not installed; %s", Command, InstallHint)
	}
	named := interpreter(bin)
	python, err := exec.LookPath(named)
	if err != nil {
		return nil, false, fmt.Errorf("no Python to run the local AWS emulator with (%s names %s): %w", Command, named, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, false, err
	}
	logPath := filepath.Join(dir, LogFile)
	log, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, false, err
	}
	defer log.Close()
	// A free port can be taken between probing and binding: try a few.
	var lastErr error
	for range 3 {
		port, err := freePort()
		if err != nil {
			return nil, false, err
		}
		cmd := nice.Command(niceness, python, "-c", serverScript, "-H", "127.0.0.1", "-p", strconv.Itoa(port))
		cmd.Env = append(os.Environ(), "MOTO_IAM_LOAD_MANAGED_POLICIES=true")
		cmd.Stdout, cmd.Stderr = log, log
		// Its own process group: it outlives the command that started it
		// (make up), and a Ctrl-C there does not stop it.
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		if err := cmd.Start(); err != nil {
			return nil, false, fmt.Errorf("starting %s: %w", Command, err)
		}
		e := &Emulator{PID: cmd.Process.Pid, Port: port}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		if lastErr = e.waitReady(exited, 60*time.Second); lastErr != nil {
			syscall.Kill(-e.PID, syscall.SIGKILL)
			continue
		}
		if err := e.configure(); err != nil {
			syscall.Kill(-e.PID, syscall.SIGKILL)
			return nil, false, err
		}
		b, _ := json.Marshal(e)
		if err := os.WriteFile(filepath.Join(dir, pidFile), b, 0o644); err != nil {
			syscall.Kill(-e.PID, syscall.SIGKILL)
			return nil, false, err
		}
		return e, true, nil
	}
	return nil, false, fmt.Errorf("%s did not start: %v; the last line of its output (in %s): %s", Command, lastErr, logPath, lastLine(logPath))
}

// interpreter is the Python that has moto: the one moto_server's script
// names in its first line, or python3 when that line names none (a pyenv
// or asdf shim is a shell script).
func interpreter(motoServer string) string {
	f, err := os.Open(motoServer)
	if err != nil {
		return "python3"
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	command, shebang := strings.CutPrefix(line, "#!")
	fields := strings.Fields(command)
	if !shebang || len(fields) == 0 {
		return "python3"
	}
	if filepath.Base(fields[0]) == "env" && len(fields) == 2 {
		fields = fields[1:]
	}
	if len(fields) == 1 && strings.HasPrefix(filepath.Base(fields[0]), "python") {
		return fields[0]
	}
	return "python3"
}

// lastLine is the last non-empty line of a file, or "" without one.
func lastLine(path string) string {
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// Stop stops the emulator recorded in dir, if any, and forgets it.
func Stop(dir string) error {
	e, err := Find(dir)
	if err != nil {
		return err
	}
	if e != nil {
		// The whole group: moto_server may run workers of its own.
		if err := syscall.Kill(-e.PID, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
			return fmt.Errorf("stopping the emulator (pid %d): %w", e.PID, err)
		}
		deadline := time.Now().Add(10 * time.Second)
		for syscall.Kill(e.PID, 0) == nil && time.Now().Before(deadline) {
			time.Sleep(100 * time.Millisecond)
		}
		if syscall.Kill(e.PID, 0) == nil {
			syscall.Kill(-e.PID, syscall.SIGKILL)
		}
	}
	err = os.Remove(filepath.Join(dir, pidFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// answers reports whether the emulator's API responds.
func (e *Emulator) answers(timeout time.Duration) bool {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, e.Endpoint()+"/moto-api/config", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode < 300
}

func (e *Emulator) waitReady(exited <-chan struct{}, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return errors.New("it exited")
		default:
		}
		if e.answers(time.Second) {
			return nil
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("no answer on port %d within %s", e.Port, timeout)
}

// configure sets what the estate needs of the emulator: Lambda invocations
// return at once instead of starting a container (there is no container
// runtime; secret rotation invokes its function when it is set up).
func (e *Emulator) configure() error {
	body := []byte(`{"lambda": {"use_docker": false}}`)
	resp, err := http.Post(e.Endpoint()+"/moto-api/config", "application/json", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("configuring the emulator: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("configuring the emulator: %s", resp.Status)
	}
	return nil
}
