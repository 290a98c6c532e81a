module github.com/platform/estate

go 1.26

require (
	github.com/apparentlymart/go-cidr v1.1.1
	github.com/aws/constructs-go/constructs/v10 v10.4.2
	github.com/aws/jsii-runtime-go v1.106.0
	github.com/cdktf/cdktf-provider-aws-go/aws/v19 v19.50.0
	github.com/goccy/go-yaml v1.19.2
	github.com/hashicorp/terraform-cdk-go/cdktf v0.20.11
	golang.org/x/mod v0.22.0
)

require (
	github.com/Masterminds/semver/v3 v3.3.1 // indirect
	github.com/fatih/color v1.18.0 // indirect
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	github.com/yuin/goldmark v1.4.13 // indirect
	golang.org/x/lint v0.0.0-20210508222113-6edffad5e616 // indirect
	golang.org/x/sync v0.10.0 // indirect
	golang.org/x/sys v0.28.0 // indirect
	golang.org/x/tools v0.28.0 // indirect
)

// The estate builds with a trimmed copy of the prebuilt AWS provider: the
// same module and import paths, only the packages it imports (make provider;
// third_party/cdktf-provider-aws-go/README.md).
replace github.com/cdktf/cdktf-provider-aws-go/aws/v19 => ./third_party/cdktf-provider-aws-go/aws

// npm packages ship Go code (flatted); it is not part of this module.
ignore (
	./node_modules
	./tools/jsii-node/node_modules
)
