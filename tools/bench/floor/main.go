// Command floor is the provider floor of make bench: the estate's jsii
// runtime with the AWS provider (its trimmed copy) loaded and configured,
// and no resources.
package main

import (
	"fmt"
	"os"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/internal/jsiiruntime"
)

func main() {
	if err := jsiiruntime.Start(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	app := cdktf.NewApp(&cdktf.AppConfig{StackTraces: jsii.Bool(false)})
	stack := cdktf.NewTerraformStack(app, jsii.String("floor"))
	provider.NewAwsProvider(stack, jsii.String("aws"), &provider.AwsProviderConfig{Region: jsii.String("us-east-1")})
	app.Synth()
	jsiiruntime.Close()
}
