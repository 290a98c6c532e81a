// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dataawsiampolicydocument

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateSetIdentifiersParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocumentStatementPrincipalsOutputReference) validateSetTypeParameters(val *string) error {
	return nil
}

func validateNewDataAwsIamPolicyDocumentStatementPrincipalsOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

