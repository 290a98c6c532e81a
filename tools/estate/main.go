// Command estate deploys the estate with the cdktf CLI: to the local AWS
// emulator (TARGET=local, the default) or to AWS (TARGET=aws).
//
//	estate up [-env dev]   start the emulator (local), synthesize, deploy network and app-<env>, print outputs
//	estate down            destroy the local deployment and stop the emulator
//	estate emulator start|stop|env
//	estate parity [-json]  every setting of every environment side by side; exit 1 on a difference envs/_parity.yaml does not allow
//
// The Makefile runs it: make up ENV=prod, make down, make emulator.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/emulator"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "estate:", err)
		os.Exit(1)
	}
}

func usage() error {
	return errors.New("usage: estate up [-env <name>] | down | emulator start|stop|env | parity [-json]")
}

func run(args []string) error {
	if len(args) == 0 {
		return usage()
	}
	fs := flag.NewFlagSet("estate "+args[0], flag.ContinueOnError)
	env := fs.String("env", "dev", "the environment (a file in envs/)")
	asJSON := fs.Bool("json", false, "parity: print JSON instead of a table")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if args[0] == "parity" {
		return parity(*asJSON)
	}
	r, err := deploy.New(".", ".", nil, os.Stdout, os.Stderr)
	if err != nil {
		return err
	}
	switch args[0] {
	case "up":
		return r.Up(*env)
	case "down":
		return r.Down()
	case "emulator":
		if !r.Local() {
			return errors.New("the emulator belongs to the local target; unset TARGET or set TARGET=local")
		}
		switch fs.Arg(0) {
		case "start":
			if err := r.StartEmulator(); err != nil {
				return err
			}
			fallthrough
		case "env":
			e := r.Emulator()
			if e == nil {
				return errors.New("the local emulator does not run; start it with make emulator")
			}
			fmt.Println("unset " + strings.Join(emulator.Unset, " "))
			for _, kv := range e.Env() {
				fmt.Println("export " + strings.Replace(kv, "=", "='", 1) + "'")
			}
			return nil
		case "stop":
			return r.StopEmulator()
		}
	}
	return usage()
}
