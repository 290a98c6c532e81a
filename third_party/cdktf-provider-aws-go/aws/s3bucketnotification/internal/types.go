// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

package internal
import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)
type Type__cdktfTerraformResource = cdktf.TerraformResource
type Type__cdktfComplexList = cdktf.ComplexList
type Type__cdktfComplexObject = cdktf.ComplexObject
