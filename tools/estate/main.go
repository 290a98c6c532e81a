// Command estate deploys the estate with the cdktf CLI: to the local AWS
// emulator (TARGET=local, the default) or to AWS (TARGET=aws).
//
//	estate up [-env dev]   start the emulator (local), synthesize, deploy network and app-<env>, print outputs
//	estate down            destroy the local deployment and stop the emulator
//	estate emulator [-env dev] start|stop|env  the emulator; start and env print the shell settings for the aws CLI, in the environment's region
//	estate plan [-env dev]  plan (cdktf diff) of network and app-<env>, one stack at a time, against the target
//	estate drift [-env dev] [-json]  refresh-only plan of network and app-<env>: exit 0 no drift, 2 drift, 1 error
//	estate parity [-json]  every setting of every environment side by side; exit 1 on a difference envs/_parity.yaml does not allow
//	estate unlock -stack <stack> [-force]  release the state lock a killed deploy left (refused while its holder runs here)
//
// The Makefile runs it: make up ENV=prod, make down, make emulator.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/emulator"
)

func main() {
	err := run(os.Args[1:])
	var drifted errDrift
	switch {
	case errors.As(err, &drifted):
		// The convention of terraform plan -detailed-exitcode: 2 = changes.
		os.Exit(2)
	case errors.Is(err, deploy.ErrInterrupted):
		fmt.Fprintf(os.Stderr, "estate: %v; Terraform saved what it did: run the same command again to finish\n", err)
		os.Exit(130)
	case err != nil:
		fmt.Fprintln(os.Stderr, "estate:", err)
		os.Exit(1)
	}
}

// stopOnInterrupt keeps estate alive through Ctrl-C once it has a runner:
// the runner passes the interrupt on to Terraform, which stops cleanly and
// saves its state, and starts nothing more; estate waits for the command
// running to end rather than exit first and leave it running unseen,
// holding the state lock. (The terminal's Ctrl-C does not reach Terraform:
// the cdktf CLI runs it in a terminal of its own.)
func stopOnInterrupt(r *deploy.Runner) {
	interrupts := make(chan os.Signal, 4)
	signal.Notify(interrupts, os.Interrupt)
	go func() {
		for range interrupts {
			if r.Interrupt() {
				fmt.Fprintln(os.Stderr, "estate: interrupted; waiting for Terraform to stop cleanly and save its state")
			}
		}
	}()
}

// errDrift says the drift command found drift (exit 2).
type errDrift struct{}

func (errDrift) Error() string { return "drift" }

func usage() error {
	return errors.New("usage: estate up [-env <name>] | down | plan [-env <name>] | drift [-env <name>] [-json] | emulator [-env <name>] start|stop|env | parity [-json] | unlock -stack <stack> [-force]")
}

func run(args []string) error {
	if len(args) == 0 {
		return usage()
	}
	fs := flag.NewFlagSet("estate "+args[0], flag.ContinueOnError)
	env := fs.String("env", "dev", "the environment (a file in envs/)")
	asJSON := fs.Bool("json", false, "parity, drift: print JSON instead of a table")
	workdir := fs.String("workdir", ".", "where cdktf.out/ and state/ are")
	stack := fs.String("stack", "", "unlock: the stack whose state lock to release")
	force := fs.Bool("force", false, "unlock: release a lock that names another machine")
	fs.SetOutput(io.Discard) // the error and the usage line below say it all
	if err := fs.Parse(args[1:]); err != nil {
		return fmt.Errorf("%v; %v", err, usage())
	}
	if args[0] == "parity" {
		return parity(*asJSON)
	}
	r, err := deploy.New(".", *workdir, nil, os.Stdout, os.Stderr)
	if err != nil {
		return err
	}
	stopOnInterrupt(r)
	switch args[0] {
	case "up":
		return r.Up(*env)
	case "down":
		return r.Down()
	case "plan":
		return r.Diff(*env)
	case "unlock":
		if *stack == "" {
			return errors.New("unlock: name the stack: make unlock STACK=<stack> (network, app-<env>)")
		}
		if r.Local() && r.Project.Backend.Kind == envs.BackendS3 {
			// The state bucket is on the emulator.
			e := r.Emulator()
			if e == nil {
				return errors.New("the local emulator does not run, and the state bucket with it: there is no lock to release")
			}
			r.UseEmulator(e)
		}
		return r.Unlock(*stack, *force)
	case "drift":
		// The CLIs' output goes to stderr; the report alone to stdout.
		r.Stdout = io.Discard
		drifts, err := r.DetectDrift(*env)
		if err != nil {
			return err
		}
		if *asJSON {
			if drifts == nil {
				drifts = []deploy.Drift{}
			}
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			if err := enc.Encode(drifts); err != nil {
				return err
			}
		} else {
			deploy.PrintDrift(os.Stdout, r.Stacks(*env), *env, drifts)
		}
		if len(drifts) > 0 {
			return errDrift{}
		}
		return nil
	case "emulator":
		if !r.Local() {
			return errors.New("the emulator belongs to the local target; unset TARGET or set TARGET=local")
		}
		switch fs.Arg(0) {
		case "start", "env":
			// The shell's aws CLI looks in the region of the environment
			// (-env): where make up ENV=<env> deploys.
			spec, err := r.Spec(*env)
			if err != nil {
				return err
			}
			if fs.Arg(0) == "start" {
				if err := r.StartEmulator(); err != nil {
					return err
				}
			}
			e := r.Emulator()
			if e == nil {
				return errors.New("the local emulator does not run; start it with make emulator")
			}
			fmt.Println("unset " + strings.Join(emulator.Unset, " "))
			for _, kv := range e.EnvIn(spec.Region) {
				fmt.Println("export " + strings.Replace(kv, "=", "='", 1) + "'")
			}
			return nil
		case "stop":
			e := r.Emulator()
			if err := r.StopEmulator(); err != nil {
				return err
			}
			if e != nil {
				fmt.Fprintf(os.Stderr, "estate: stopped the local emulator (pid %d); what was deployed to it is gone, and the local state is reset\n", e.PID)
			} else {
				fmt.Fprintln(os.Stderr, "estate: the local emulator does not run")
			}
			return nil
		}
	}
	return usage()
}
