// Command floor is the synthesis floor for make bench: the same app setup as
// main.go with the AWS provider loaded and configured, but no resources.
package main

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

func main() {
	app := cdktf.NewApp(&cdktf.AppConfig{StackTraces: jsii.Bool(false)})
	stack := cdktf.NewTerraformStack(app, jsii.String("floor"))
	provider.NewAwsProvider(stack, jsii.String("aws"), &provider.AwsProviderConfig{Region: jsii.String("us-east-1")})
	app.Synth()
	jsii.Close()
}
