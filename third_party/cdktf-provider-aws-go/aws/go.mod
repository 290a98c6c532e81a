module github.com/cdktf/cdktf-provider-aws-go/aws/v19

go 1.18

require (
	github.com/aws/jsii-runtime-go v1.106.0
	github.com/hashicorp/terraform-cdk-go/cdktf v0.20.11
	github.com/aws/constructs-go/constructs/v10 v10.4.2
)
