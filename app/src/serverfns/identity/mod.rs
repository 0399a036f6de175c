mod load_profile;
mod members;
mod review;
mod save_profile;

pub use load_profile::load_developer_profile;
pub use members::{
    load_member_invitation, AcceptMemberInvitation, InviteDeveloperMember, RemoveDeveloperMember,
    RevokeDeveloperInvitation,
};
pub use review::{list_developer_profiles, load_profile_for_review, DecideProfilePart};
pub use save_profile::SaveDeveloperProfile;
