// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package rdscluster

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RdsClusterMasterUserSecretList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterMasterUserSecretList) validateGetParameters(index *float64) error {
	return nil
}

func (r *jsiiProxy_RdsClusterMasterUserSecretList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_RdsClusterMasterUserSecretList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterMasterUserSecretList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_RdsClusterMasterUserSecretList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewRdsClusterMasterUserSecretListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

