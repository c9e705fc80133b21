using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Storage.Postgres.Accounts;

internal sealed class UserRowConfiguration : IEntityTypeConfiguration<UserRow>
{
    /// <summary>The unique index on the normalised name; a duplicate insert or rename names it.</summary>
    public const string UniqueName = "ix_users_normalized_name";

    public void Configure(EntityTypeBuilder<UserRow> user)
    {
        user.ToTable("users");
        user.HasKey(u => u.Id);
        user.Property(u => u.Id).UseIdentityByDefaultColumn();
        user.Property(u => u.UserName).IsRequired();
        user.Property(u => u.NormalizedName).IsRequired();
        user.HasIndex(u => u.NormalizedName).IsUnique().HasDatabaseName(UniqueName);
        user.HasIndex(u => u.ExternalLogin);
    }
}
