// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package rdscluster

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateSetInternalValueParameters(val *RdsClusterRestoreToPointInTime) error {
	return nil
}

func (j *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateSetRestoreToTimeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateSetRestoreTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateSetSourceClusterIdentifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateSetSourceClusterResourceIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_RdsClusterRestoreToPointInTimeOutputReference) validateSetUseLatestRestorableTimeParameters(val interface{}) error {
	return nil
}

func validateNewRdsClusterRestoreToPointInTimeOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

