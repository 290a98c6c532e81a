package emulator

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/platform/estate/internal/nice/nicetest"
	"github.com/platform/estate/internal/proc"
)

// start starts an emulator of the test's own (skipped without moto,
// failed in CI), stopped when the test ends, at a priority lowered by
// startNice (which TestStartFindStop checks).
func start(t *testing.T) (e *Emulator, fresh bool, dir string) {
	t.Helper()
	requireMoto(t)
	dir = t.TempDir()
	e, fresh, err := Start(dir, startNice)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Stop(dir) })
	return e, fresh, dir
}

const startNice = 3

func TestStartFindStop(t *testing.T) {
	e, fresh, dir := start(t)
	if !fresh || e.Port == 0 {
		t.Fatalf("Start = %+v, fresh %v; want a new emulator", e, fresh)
	}
	got, err := proc.Nice(e.PID)
	own, ownErr := proc.Nice(os.Getpid())
	if err != nil || ownErr != nil {
		t.Fatal(errors.Join(err, ownErr))
	}
	if want := min(own+startNice, nicetest.Highest); got != want {
		t.Errorf("the emulator runs at nice %d, want %d (this test's + %d)", got, want, startNice)
	}
	again, fresh, err := Start(dir, 0)
	if err != nil || fresh || *again != *e {
		t.Fatalf("second Start = %+v, fresh %v, %v; want the running one", again, fresh, err)
	}
	if err := Stop(dir); err != nil {
		t.Fatal(err)
	}
	if syscall.Kill(e.PID, 0) == nil {
		t.Errorf("pid %d still runs after Stop", e.PID)
	}
	if found, err := Find(dir); err != nil || found != nil {
		t.Errorf("Find after Stop = %+v, %v; want nothing", found, err)
	}
}

// requireMoto skips without moto (fails in CI).
func requireMoto(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath(Command); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing in CI: %s", Command, InstallHint)
		}
		t.Skipf("%s is not installed", Command)
	}
}

// ec2Call sends one EC2 query-API request as an AWS SDK attempt would.
func ec2Call(t *testing.T, e *Emulator, invocation string, attempt int, form string) string {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.Endpoint()+"/", strings.NewReader(form+"&Version=2016-11-15"))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261123/"+Region+"/ec2/aws4_request, SignedHeaders=host, Signature=0")
	req.Header.Set("Amz-Sdk-Invocation-Id", invocation)
	req.Header.Set("Amz-Sdk-Request", fmt.Sprintf("attempt=%d; max=25", attempt))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: %s %v\n%s", form, resp.Status, err, body)
	}
	return string(body)
}

// A retried SDK call (same invocation id) that moto already carried out
// gets the first answer again and creates nothing more; another call does.
func TestRetriedCallIsCarriedOutOnce(t *testing.T) {
	e, _, _ := start(t)

	const create = "Action=CreateVpc&CidrBlock=10.9.0.0/16"
	first := ec2Call(t, e, "call-1", 1, create)
	retry := ec2Call(t, e, "call-1", 2, create)
	if retry != first {
		t.Errorf("the retry got another answer:\n%s\nthe first attempt got:\n%s", retry, first)
	}
	count := func() int {
		return strings.Count(ec2Call(t, e, "describe-"+strconv.Itoa(int(time.Now().UnixNano())), 1,
			"Action=DescribeVpcs&Filter.1.Name=cidr&Filter.1.Value.1=10.9.0.0/16"), "<vpcId>")
	}
	if n := count(); n != 1 {
		t.Fatalf("%d VPCs after a call and its retry, want 1", n)
	}
	ec2Call(t, e, "call-2", 1, create)
	if n := count(); n != 2 {
		t.Errorf("%d VPCs after a second call, want 2", n)
	}
}

func TestInterpreter(t *testing.T) {
	for first, want := range map[string]string{
		"#!/opt/moto/bin/python\nimport re\n": "/opt/moto/bin/python",
		"#!/usr/bin/python3.11\n":             "/usr/bin/python3.11",
		"#!/usr/bin/env python3\n":            "python3",
		"#!/usr/bin/env bash\nset -e\n":       "python3",
		"#!/bin/sh -e\n":                      "python3",
		"not a script":                        "python3",
	} {
		path := filepath.Join(t.TempDir(), "moto_server")
		if err := os.WriteFile(path, []byte(first), 0o755); err != nil {
			t.Fatal(err)
		}
		if got := interpreter(path); got != want {
			t.Errorf("interpreter(%q) = %q, want %q", first, got, want)
		}
	}
	if got := interpreter(filepath.Join(t.TempDir(), "missing")); got != "python3" {
		t.Errorf("interpreter(missing file) = %q, want python3", got)
	}
}

// TestWrongMotoVersion: the wrapper refuses a moto it was not written for,
// naming the one it was, instead of failing later in an obscure way.
func TestWrongMotoVersion(t *testing.T) {
	requireMoto(t)
	python, err := exec.LookPath(interpreter(mustLookPath(t, Command)))
	if err != nil {
		t.Skip("no Python")
	}
	// server.py, with moto's version seen as another one.
	script := strings.Replace(serverScript, "import moto\n", "import moto\nmoto.__version__ = \"5.1.9\"\n", 1)
	if script == serverScript {
		t.Fatal("server.py imports moto differently; update the test")
	}
	out, err := exec.Command(python, "-c", script, "-p", "1").CombinedOutput()
	exit, ok := err.(*exec.ExitError)
	want := `moto 5.1.9 is installed; the estate's emulator needs moto 5.2.x (pip install "moto[server]==` + MotoVersion + `")`
	if !ok || exit.ExitCode() != 3 || strings.TrimSpace(string(out)) != want {
		t.Errorf("with moto 5.1.9: %v\n%s\nwant exit status 3 and:\n%s", err, out, want)
	}
}

func mustLookPath(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The rotation of the secret RDS manages for a cluster's master user is
// turned on without a Lambda function (managed rotation), and can be turned
// off the same way: Terraform does when it destroys the rotation.
func TestManagedRotationCanBeCancelled(t *testing.T) {
	e, _, _ := start(t)
	if _, err := exec.LookPath("aws"); err != nil {
		t.Skip("the aws CLI is not installed")
	}
	aws := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("aws", append(args, "--region", Region, "--endpoint-url", e.Endpoint(), "--output", "text")...)
		cmd.Env = e.Apply(os.Environ())
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("aws %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return strings.TrimSpace(string(out))
	}
	arn := aws("rds", "create-db-cluster", "--db-cluster-identifier", "c", "--engine", "aurora-postgresql",
		"--master-username", "admin_user", "--manage-master-user-password", "--query", "DBCluster.MasterUserSecret.SecretArn")
	aws("secretsmanager", "rotate-secret", "--secret-id", arn, "--rotation-rules", "AutomaticallyAfterDays=30", "--no-rotate-immediately")
	if got := aws("secretsmanager", "describe-secret", "--secret-id", arn, "--query", "RotationEnabled"); got != "True" {
		t.Fatalf("rotation enabled = %s after rotate-secret", got)
	}
	aws("secretsmanager", "cancel-rotate-secret", "--secret-id", arn)
	if got := aws("secretsmanager", "describe-secret", "--secret-id", arn, "--query", "RotationEnabled"); got != "False" {
		t.Errorf("rotation enabled = %s after cancel-rotate-secret", got)
	}
}

// record writes an emulator record into dir.
func record(t *testing.T, dir string, pid, port int) {
	t.Helper()
	b := fmt.Sprintf(`{"pid": %d, "port": %d}`, pid, port)
	if err := os.WriteFile(filepath.Join(dir, pidFile), []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Gone tells a dead emulator from one whose port another program took, and
// says nothing when none is recorded. None of it waits more than a second.
func TestGoneSaysWhy(t *testing.T) {
	dir := t.TempDir()
	if why := Gone(dir); why != "" {
		t.Errorf("nothing recorded: Gone = %q", why)
	}
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	record(t, dir, dead.Process.Pid, port)
	if why := Gone(dir); !strings.Contains(why, fmt.Sprintf("pid %d) has exited", dead.Process.Pid)) {
		t.Errorf("dead process: Gone = %q", why)
	}
	if found, err := Find(dir); found != nil || err != nil {
		t.Errorf("Find of a dead emulator = %v, %v", found, err)
	}

	// A live process of another kind, and another server on the port.
	other := exec.Command("sleep", "60")
	if err := other.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Process.Kill(); other.Wait() })
	srv := &http.Server{Handler: http.NotFoundHandler()}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	record(t, dir, other.Process.Pid, l.Addr().(*net.TCPAddr).Port)
	start := time.Now()
	if why := Gone(dir); !strings.Contains(why, "answers, but not as the emulator") {
		t.Errorf("port taken: Gone = %q", why)
	}
	if err := Stop(dir); err != nil {
		t.Fatal(err)
	}
	if syscall.Kill(other.Process.Pid, 0) != nil {
		t.Error("Stop killed a process that is not the emulator")
	}
	if _, err := os.Stat(filepath.Join(dir, pidFile)); !os.IsNotExist(err) {
		t.Errorf("Stop left the record of a gone emulator: %v", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("telling took %s", d)
	}
}
