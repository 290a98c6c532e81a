// Command terraformrc writes the project's Terraform CLI configuration
// (.terraform.d/terraformrc) and prints its path, for TF_CLI_CONFIG_FILE.
// With -v it also says on stderr which provider mirror it uses.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/platform/estate/internal/terraformrc"
)

func main() {
	verbose := flag.Bool("v", false, "say which provider mirror is used")
	flag.Parse()
	config, mirror, err := terraformrc.Write(".", os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "terraformrc:", err)
		os.Exit(1)
	}
	if *verbose {
		if mirror == "" {
			fmt.Fprintln(os.Stderr, "terraformrc: no local provider mirror found; Terraform downloads providers from the registry")
		} else {
			fmt.Fprintln(os.Stderr, "terraformrc: providers from the local mirror", mirror)
		}
	}
	fmt.Println(config)
}
