// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

package dataawsavailabilityzones


type DataAwsAvailabilityZonesTimeouts struct {
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/aws/5.84.0/docs/data-sources/availability_zones#read DataAwsAvailabilityZones#read}.
	Read *string `field:"optional" json:"read" yaml:"read"`
}

