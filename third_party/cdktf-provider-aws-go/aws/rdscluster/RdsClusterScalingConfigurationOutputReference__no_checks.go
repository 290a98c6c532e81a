// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package rdscluster

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetAutoPauseParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetInternalValueParameters(val *RdsClusterScalingConfiguration) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetMaxCapacityParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetMinCapacityParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetSecondsBeforeTimeoutParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetSecondsUntilAutoPauseParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_RdsClusterScalingConfigurationOutputReference) validateSetTimeoutActionParameters(val *string) error {
	return nil
}

func validateNewRdsClusterScalingConfigurationOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

